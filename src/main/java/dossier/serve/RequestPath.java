package dossier.serve;

import dossier.text.PercentEncoding;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path reduced to plain file-name segments that can only name something inside the
 * served folder. Parsing is strict: anything that could climb out of the folder or be read
 * differently by the file system is refused rather than repaired.
 *
 * <p>Refused: a path that does not start with {@code /}; empty segments ({@code //}); malformed
 * percent-encoding or bytes that are not UTF-8; and, after decoding each segment on its own,
 * {@code .} and {@code ..} and any segment starting with a dot (hidden files, and {@code ...} which
 * some file systems treat as a parent), an encoded {@code /}, a backslash, a colon (drive letters,
 * alternate data streams), NUL and other control characters.
 *
 * @param segments  the decoded segments, none empty; empty for the root
 * @param directory the path ended with {@code /} (or is the root)
 */
public record RequestPath(List<String> segments, boolean directory) {

    public RequestPath {
        segments = List.copyOf(segments);
    }

    /** The segments of a raw (still percent-encoded) request path, or empty when it is refused. */
    public static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String raw = parts[i];
            if (raw.isEmpty()) {
                if (i == parts.length - 1) {
                    break; // the trailing slash of a directory, or the root itself
                }
                return Optional.empty();
            }
            Optional<String> segment = decode(raw).filter(RequestPath::isPlainName);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        boolean directory = rawPath.endsWith("/");
        return Optional.of(new RequestPath(segments, directory));
    }

    /** The segments joined with {@code /}: a path relative to the served folder ("" for the root). */
    public String relative() {
        return String.join("/", segments);
    }

    /** The canonical URL path of this request, re-encoded; for redirects. */
    public String urlPath(boolean asDirectory) {
        StringBuilder out = new StringBuilder("/");
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(encode(segments.get(i)));
        }
        if (asDirectory && !segments.isEmpty()) {
            out.append('/');
        }
        return out.toString();
    }

    /** The last segment's file extension in lower case, or "" when it has none. */
    public String extension() {
        if (segments.isEmpty()) {
            return "";
        }
        String last = segments.get(segments.size() - 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isPlainName(String segment) {
        if (segment.isEmpty() || segment.charAt(0) == '.') {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Strict percent-decoding ('+' stays a plus sign); empty when malformed or not UTF-8. */
    static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        int plain = 0; // start of the run of characters not yet copied
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) != '%') {
                continue;
            }
            bytes.writeBytes(raw.substring(plain, i).getBytes(StandardCharsets.UTF_8));
            if (i + 2 >= raw.length()) {
                return Optional.empty();
            }
            int hi = hex(raw.charAt(i + 1));
            int lo = hex(raw.charAt(i + 2));
            if (hi < 0 || lo < 0) {
                return Optional.empty();
            }
            bytes.write(hi << 4 | lo);
            i += 2;
            plain = i + 1;
        }
        bytes.writeBytes(raw.substring(plain).getBytes(StandardCharsets.UTF_8));
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** An ASCII hex digit's value, or -1 (Character.digit would also accept other scripts' digits). */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static String encode(String segment) {
        return PercentEncoding.encode(segment, PercentEncoding.SEGMENT);
    }
}
