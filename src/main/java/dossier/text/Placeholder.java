package dossier.text;

/**
 * The mark of a value the tool wrote for the editors to replace ("TODO: our title…"): a draft may
 * keep it, a published page may not, so nothing the tool made up is ever published as ours.
 */
public final class Placeholder {
    public static final String MARK = "TODO:";

    private Placeholder() {
    }

    public static String of(String what) {
        return MARK + " " + what;
    }

    public static boolean isIn(String value) {
        return value != null && value.strip().startsWith(MARK);
    }
}
