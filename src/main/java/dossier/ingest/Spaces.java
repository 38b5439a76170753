package dossier.ingest;

/**
 * Collapses white space the way excerpts are compared ({@code source.MatchText}): every run of
 * white space, including no-break and other Unicode spaces, becomes one space; ends are trimmed.
 */
final class Spaces {
    private Spaces() {
    }

    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pending = out.length() > 0;
                continue;
            }
            if (pending) {
                out.append(' ');
                pending = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
