package dossier.diag;

/** How bad a diagnostic is: errors fail the build, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
