package dossier.serve;

import dossier.diag.Diagnostic;

import java.util.List;

/** The few JSON values the server sends: strings and the diagnostics of a failed build. */
final class Json {
    private Json() {
    }

    /**
     * A JSON string literal. Control characters, U+2028/9 and {@code <} are escaped too, so the
     * result is one line (an SSE data line must not hold a line break) and safe in any context.
     */
    static String quote(String text) {
        return dossier.text.Json.quoteForScript(text);
    }

    /** [{"headline": "path:line:col: error: message [code]", "severity", "path", "line", "column", "message", "code", "hint"}, …] */
    static String diagnostics(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("[");
        for (Diagnostic d : diagnostics) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"headline\":").append(quote(d.headline()))
                    .append(",\"severity\":").append(quote(d.severity().label()))
                    .append(",\"path\":").append(quote(d.path()))
                    .append(",\"line\":").append(d.position().line())
                    .append(",\"column\":").append(d.position().column())
                    .append(",\"message\":").append(quote(d.message()))
                    .append(",\"code\":").append(quote(d.code()))
                    .append(",\"hint\":").append(d.hint() == null || d.hint().isBlank() ? "null" : quote(d.hint()))
                    .append('}');
        }
        return out.append(']').toString();
    }
}
