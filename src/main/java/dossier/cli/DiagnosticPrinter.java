package dossier.cli;

import dossier.build.Build;
import dossier.diag.Diagnostic;

import java.io.PrintWriter;

/** Prints a build's diagnostics, then a one-line summary when there are any. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(Build.Result result, PrintWriter err) {
        for (Diagnostic d : result.report().diagnostics()) {
            err.println(d.format());
        }
        if (!result.report().diagnostics().isEmpty()) {
            err.println(result.report().summary());
        }
        err.flush();
    }
}
