package dossier.text;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of UTF-8 bytes (RFC 3986), with the caller saying which ASCII characters stay literal. */
public final class PercentEncoding {
    /** A path segment's characters, '/' not among them (RFC 3986 pchar without ':'). */
    public static final String SEGMENT = "-._~!$&'()*+,;=@";
    /** A relative path's characters: a segment's and '/'. */
    public static final String PATH = SEGMENT + "/";

    private PercentEncoding() {
    }

    /** Every byte encoded as %XX but ASCII letters, digits and the characters in {@code literal}. */
    public static String encode(String text, String literal) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || (c < 0x80 && literal.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
