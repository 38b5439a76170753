package dossier.source;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Where a quote stands in a paragraph's own text. Excerpts are proven in {@link MatchText} form
 * (white space collapsed, quotes straightened); selectors and text fragments need the source's
 * characters instead, so this maps a match in that form back to offsets in the raw text.
 *
 * @param start UTF-16 offset of the first character, inclusive
 * @param end   UTF-16 offset after the last character
 */
public record TextSpan(int start, int end) {

    /** The first place where {@code quote} matches {@code text} as excerpts are matched; empty if nowhere. */
    public static Optional<TextSpan> locate(String text, String quote) {
        String needle = MatchText.of(quote);
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        Mapped mapped = Mapped.of(text);
        if (mapped == null) {
            return Optional.empty();
        }
        int at = mapped.normalised.indexOf(needle);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(mapped.from[at], mapped.to[at + needle.length() - 1]));
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** The MatchText form of a text, with the raw range each of its characters comes from. */
    private record Mapped(String normalised, int[] from, int[] to) {

        /**
         * Normalises one grapheme-like segment (a character and the combining marks after it) at a
         * time, so every output character knows its segment. Null in the rare case where NFC joins
         * across segments (conjoining Hangul jamo): then the per-segment form differs from MatchText.
         */
        static Mapped of(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] from = new int[text.length() + 1];
            int[] to = new int[text.length() + 1];
            boolean pendingSpace = false;
            int spaceFrom = 0;
            int spaceTo = 0;
            int i = 0;
            while (i < text.length()) {
                int segmentEnd = i + Character.charCount(text.codePointAt(i));
                while (segmentEnd < text.length() && isMark(text.codePointAt(segmentEnd))) {
                    segmentEnd += Character.charCount(text.codePointAt(segmentEnd));
                }
                String segment = Normalizer.normalize(text.substring(i, segmentEnd), Normalizer.Form.NFC);
                for (int k = 0; k < segment.length(); k++) {
                    char c = segment.charAt(k);
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        if (!pendingSpace) {
                            spaceFrom = i;
                        }
                        spaceTo = segmentEnd;
                        pendingSpace = out.length() > 0;
                        continue;
                    }
                    if (pendingSpace) {
                        append(out, from, to, ' ', spaceFrom, spaceTo);
                        pendingSpace = false;
                    }
                    append(out, from, to, MatchText.straighten(c), i, segmentEnd);
                }
                i = segmentEnd;
            }
            String normalised = out.toString();
            return normalised.equals(MatchText.of(text)) ? new Mapped(normalised, from, to) : null;
        }

        private static void append(StringBuilder out, int[] from, int[] to, char c, int start, int end) {
            if (out.length() >= from.length) {
                return; // NFC grew the text; the final comparison rejects the mapping
            }
            from[out.length()] = start;
            to[out.length()] = end;
            out.append(c);
        }

        private static boolean isMark(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }
    }
}
