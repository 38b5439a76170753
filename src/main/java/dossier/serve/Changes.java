package dossier.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files one burst of saves changed, as paths relative to the site folder with forward
 * slashes, each once, by what happened to it from before the burst to after it (a file saved by
 * renaming a temporary file over it was changed, not created).
 *
 * @param lost events were lost (the system's queue overflowed): the files are not all known
 */
record Changes(List<Change> files, boolean lost) {
    public enum Kind {
        CREATED("was created"), CHANGED("changed"), DELETED("was deleted");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }
    }

    public record Change(String path, Kind kind) {
    }

    public static final Changes NONE = new Changes(List.of(), false);

    public Changes {
        List<Change> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Change::path));
        files = List.copyOf(sorted);
    }

    /**
     * What changed, to follow "rebuilt after": "content/a.md changed", "content/a.md was
     * deleted", "content/a.md and 2 more changed (1 created)", "many changes" when events were
     * lost, "a change" when the burst left no file other than it was (a file made and removed).
     */
    public String describe() {
        if (lost) {
            return "many changes";
        }
        if (files.isEmpty()) {
            return "a change";
        }
        String first = printable(files.get(0).path());
        if (files.size() == 1) {
            return first + " " + files.get(0).kind().verb;
        }
        long created = files.stream().filter(c -> c.kind() == Kind.CREATED).count();
        long deleted = files.stream().filter(c -> c.kind() == Kind.DELETED).count();
        List<String> kinds = new ArrayList<>(2);
        if (created > 0) {
            kinds.add(created + " created");
        }
        if (deleted > 0) {
            kinds.add(deleted + " deleted");
        }
        return first + " and " + (files.size() - 1) + " more changed" + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")");
    }

    /** A file name may hold control characters: shown as \\uXXXX, they cannot rewrite the terminal. */
    static String printable(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean hidden = c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            out.append(hidden ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
