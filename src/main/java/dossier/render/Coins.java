package dossier.render;

import dossier.source.MetaField;
import dossier.source.SourceRecord;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A COinS ContextObject (OpenURL 1.0, KEV format) for a source, the value of the title attribute
 * of {@code <span class="Z3988">}, which reference managers pick up from a reference list. Same
 * rule as {@link HighwireTags}: every known value, never a missing one.
 */
final class Coins {
    private Coins() {
    }

    static String of(SourceRecord source) {
        StringBuilder kev = new StringBuilder("ctx_ver=Z39.88-2004&rft_val_fmt=info:ofi/fmt:kev:mtx:journal&rft.genre=article");
        add(kev, "rft.atitle", source.title());
        add(kev, "rft.jtitle", source.publisher());
        add(kev, "rft.au", source.author());
        source.date().optional().ifPresent(d -> kev.append("&rft.date=").append(d.iso()));
        add(kev, "rft.language", source.language());
        add(kev, "rft_id", source.url());
        return kev.toString();
    }

    private static void add(StringBuilder kev, String key, MetaField<String> field) {
        field.optional().filter(v -> !v.isBlank()).ifPresent(v -> kev.append('&').append(key).append('=').append(encode(v)));
    }

    /** Percent-encoding with spaces as %20: readers differ on whether '+' means a space. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
