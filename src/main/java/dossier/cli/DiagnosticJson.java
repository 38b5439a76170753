package dossier.cli;

import dossier.diag.Diagnostic;
import dossier.diag.Fix;
import dossier.text.Json;

/**
 * A diagnostic as one line of JSON for {@code check --format json}: code, severity, path, line,
 * column, endLine, endColumn, message, hint and fix (the last two null when there is none).
 * The end is exclusive (the column after the span's last character) and equals the start where
 * the span is not known; columns count UTF-16 code units, as SARIF's and editors' do. A fix is
 * {@code {"description": …, "replacements": [{"startLine", "startColumn", "endLine", "endColumn",
 * "text"}]}}, regions of the diagnostic's own file: the shape of SARIF's replacement, flattened
 * ({@link SarifLog} writes the same {@link Fix} in SARIF's own shape).
 */
final class DiagnosticJson {
    private DiagnosticJson() {
    }

    static String of(Diagnostic d) {
        return "{\"code\":" + Json.quote(d.code()) + ",\"severity\":" + Json.quote(d.severity().label())
                + ",\"path\":" + Json.quote(d.path()) + ",\"line\":" + d.position().line()
                + ",\"column\":" + d.position().column() + ",\"endLine\":" + d.end().line() + ",\"endColumn\":" + d.end().column()
                + ",\"message\":" + Json.quote(d.message())
                + ",\"hint\":" + (d.hint() == null ? "null" : Json.quote(d.hint()))
                + ",\"fix\":" + (d.fix() == null ? "null" : fix(d.fix())) + "}";
    }

    private static String fix(Fix fix) {
        StringBuilder out = new StringBuilder("{\"description\":").append(Json.quote(fix.description())).append(",\"replacements\":[");
        for (int i = 0; i < fix.replacements().size(); i++) {
            Fix.Replacement r = fix.replacements().get(i);
            out.append(i == 0 ? "" : ",").append("{\"startLine\":").append(r.start().line())
                    .append(",\"startColumn\":").append(r.start().column())
                    .append(",\"endLine\":").append(r.end().line())
                    .append(",\"endColumn\":").append(r.end().column())
                    .append(",\"text\":").append(Json.quote(r.text())).append('}');
        }
        return out.append("]}").toString();
    }
}
