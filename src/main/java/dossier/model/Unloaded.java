package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sources or entities whose file exists but failed to load (its own errors are already reported).
 * A reference to one is not an unknown name: reporting it at every citation or wiki-link would
 * bury the real error under dozens of misleading ones. Each is reported once, at its first
 * reference, with how many references wait for it.
 */
final class Unloaded {
    private static final String SOURCE_UNLOADED = "source-unloaded";
    private static final String ENTITY_UNLOADED = "entity-unloaded";

    private final String code;
    private final String noun;
    private final Map<String, String> files;
    private final Map<String, Reference> first = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    /**
     * @param files the key a reference uses (a source id, an entity page's file name) → the file
     *              that failed to load
     */
    private Unloaded(String code, String noun, Map<String, String> files) {
        this.code = code;
        this.noun = noun;
        this.files = Map.copyOf(files);
    }

    /** Source records that failed to load, by the id their file name gives (content/sources/ID.yml). */
    static Unloaded sources(Map<String, String> recordFiles) {
        return new Unloaded(SOURCE_UNLOADED, "source", recordFiles);
    }

    /** Entity pages that failed to load or give no name, by their file name (content/entities/NAME.md). */
    static Unloaded entities(Map<String, String> pageFiles) {
        return new Unloaded(ENTITY_UNLOADED, "entity", pageFiles);
    }

    /** The key an entity page's file name gives: what {@code new entity} names the file for this name. */
    static String entityKey(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /**
     * Whether {@code key} names something that failed to load; if so, the reference is counted
     * instead of reported.
     *
     * @param shown the name as the reference writes it, for the message
     */
    synchronized boolean explains(String key, String shown, String path, Position at) {
        if (!files.containsKey(key)) {
            return false;
        }
        Reference here = new Reference(path, at, shown);
        first.merge(key, here, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        counts.merge(key, 1, Integer::sum);
        return true;
    }

    /** The keys of what failed to load, for "did you mean" on a key that names nothing. */
    java.util.Set<String> keys() {
        return files.keySet();
    }

    /** One diagnostic per unloaded source or entity that something refers to. */
    synchronized void reportTo(Report report) {
        first.forEach((key, at) -> {
            int n = counts.get(key);
            String message = noun + " '" + at.shown() + "' did not load: " + files.get(key) + " has errors";
            String hint = n == 1 ? "this reference is checked once the file loads"
                    : "this and " + (n - 1) + " more reference" + (n == 2 ? "" : "s") + " to it are checked once the file loads";
            // one call per code, so that the catalogue test can read which codes this file raises
            if (code.equals(SOURCE_UNLOADED)) {
                report.error(SOURCE_UNLOADED, at.path(), at.position(), message, hint);
            } else {
                report.error(ENTITY_UNLOADED, at.path(), at.position(), message, hint);
            }
        });
    }

    private record Reference(String path, Position position, String shown) implements Comparable<Reference> {
        @Override
        public int compareTo(Reference other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : position.compareTo(other.position);
        }
    }
}
