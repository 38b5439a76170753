package dossier.cli;

import dossier.build.Build;
import dossier.diag.Diagnostic;
import dossier.diag.Report;

import java.io.PrintWriter;

/** Prints a build's diagnostics, then a one-line summary when there are any. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(Build.Result result, PrintWriter err) {
        print(result.report(), err);
    }

    static void print(Report report, PrintWriter err) {
        for (Diagnostic d : report.diagnostics()) {
            err.println(d.format());
        }
        if (!report.diagnostics().isEmpty()) {
            err.println(report.summary());
        }
        err.flush();
    }
}
