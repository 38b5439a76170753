package dossier.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The index's terms for whole names: an entity's name or alias, its words joined, behind a mark no
 * word term has ("=" sorts between digits and letters and is never part of a word). So "White list",
 * "whitelist" and "white-list" share the key {@code =whitelist}, and "Chip 4" and "chip4" share
 * {@code =chip4}: js/search.js joins a query's words the same way and looks the key up, exactly (the
 * name itself: ranked first) or as a prefix (a name being typed).
 */
final class NameKeys {
    static final String MARK = "=";

    private NameKeys() {
    }

    /** The key of a name, or "" when the name has no word the index keeps. */
    static String of(String name) {
        String joined = String.join("", Tokens.of(name));
        return joined.isEmpty() ? "" : MARK + joined;
    }

    /** The distinct keys of the names, in order. */
    static List<String> of(List<String> names) {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            String key = of(name);
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    static boolean isKey(String term) {
        return term.startsWith(MARK);
    }
}
