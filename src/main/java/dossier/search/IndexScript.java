package dossier.search;

import java.util.List;

/**
 * The index as a classic script that sets {@code window.DOSSIER_SEARCH}: a script element loads
 * from file:// too, where fetch() and modules are blocked. The value is JSON, all non-ASCII
 * escaped, so the file reads the same whatever encoding the browser assumes for it.
 *
 * <pre>
 * kinds:    [[id, label], …]                       result groups, in display order
 * docs:     [[kind index, title, url, context, text], …]
 * terms:    ["term", …]                            sorted
 * postings: [[doc gap, weight, doc gap, weight, …], …]   per term; doc ids ascending, stored as gaps
 * </pre>
 */
final class IndexScript {
    static final int VERSION = 1;

    private IndexScript() {
    }

    static String of(List<SearchDocument> docs, InvertedIndex index) {
        StringBuilder js = new StringBuilder(1 << 16);
        js.append("/* Search index of the dossier, generated at every bake; read by js/search.js. */\n");
        js.append("window.DOSSIER_SEARCH={\"version\":").append(VERSION).append(",\"kinds\":[");
        Kind[] kinds = Kind.values();
        for (int i = 0; i < kinds.length; i++) {
            js.append(i == 0 ? "[" : ",[");
            string(js, kinds[i].name().toLowerCase(java.util.Locale.ROOT)).append(',');
            string(js, kinds[i].label()).append(']');
        }
        js.append("],\n\"docs\":[");
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            js.append(i == 0 ? "\n[" : ",\n[").append(d.kind().ordinal()).append(',');
            string(js, d.title()).append(',');
            string(js, d.url()).append(',');
            string(js, d.context()).append(',');
            string(js, d.text()).append(']');
        }
        js.append("],\n\"terms\":[");
        for (int i = 0; i < index.terms().size(); i++) {
            if (i > 0) {
                js.append(',');
            }
            string(js, index.terms().get(i));
        }
        js.append("],\n\"postings\":[");
        for (int i = 0; i < index.postings().size(); i++) {
            js.append(i == 0 ? "[" : ",[");
            int[] list = index.postings().get(i);
            int previous = 0;
            for (int j = 0; j < list.length; j += 2) {
                js.append(j == 0 ? "" : ",").append(list[j] - previous).append(',').append(list[j + 1]);
                previous = list[j];
            }
            js.append(']');
        }
        return js.append("]};\n").toString();
    }

    private static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
