package dossier.cli;

import dossier.diag.Diagnostic;
import dossier.diag.Severity;

/**
 * A diagnostic as a GitHub Actions workflow command ({@code ::error file=…,line=…,col=…,title=…::message}),
 * which a workflow run turns into an annotation on the file and line. The message is escaped as
 * the runner reads it (%, CR and LF), the properties also their separators (: and ,).
 */
final class GitHubAnnotation {
    private GitHubAnnotation() {
    }

    static String of(Diagnostic d) {
        String message = d.message() + (d.hint() == null ? "" : "\n" + d.hint());
        return "::" + (d.severity() == Severity.ERROR ? "error" : "warning")
                + " file=" + property(d.path()) + ",line=" + d.position().line() + ",col=" + d.position().column()
                + ",title=" + property(d.code()) + "::" + data(message);
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
