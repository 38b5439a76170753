package dossier.config;

import dossier.diag.Position;
import dossier.diag.Report;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@code .properties} file read with positions. {@link Properties} keeps none, so the file is cut
 * into its logical lines (comments and blank lines skipped, continuation lines joined) and each is
 * read by {@link Properties} itself: keys and values are exactly what JBake would see, and every
 * setting knows where it stands. As with {@link Properties}, the last line setting a key wins.
 */
record PropertiesFile(String name, List<Entry> entries) {

    /** One setting as written: its key at {@code keyAt}, its value starting at {@code valueAt}. */
    record Entry(String key, String value, Position keyAt, Position valueAt, String firstLine) {
    }

    /** The file's settings, or empty after an error at the line that cannot be read (a malformed \\u escape). */
    static Optional<PropertiesFile> parse(String name, String text, Report report) {
        List<String> lines = text.lines().toList();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String first = lines.get(i);
            String stripped = first.stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            int start = i;
            StringBuilder logical = new StringBuilder(first);
            while (continues(lines.get(i)) && i + 1 < lines.size()) {
                logical.append('\n').append(lines.get(++i));
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                report.error("config", name, new Position(start + 1, first.length() - stripped.length() + 1),
                        "cannot read " + name + ": " + e.getMessage());
                return Optional.empty();
            }
            for (String key : one.stringPropertyNames()) {
                int keyAt = first.length() - stripped.length();
                entries.add(new Entry(key, one.getProperty(key), new Position(start + 1, keyAt + 1),
                        new Position(start + 1, valueColumn(first, keyAt) + 1), first));
            }
        }
        return Optional.of(new PropertiesFile(name, List.copyOf(entries)));
    }

    /** A line ending in an odd number of backslashes goes on on the next line. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Where the value starts: after the key, its unescaped '=' or ':' and the white space around it. */
    private static int valueColumn(String line, int keyAt) {
        int at = keyAt;
        while (at < line.length() && line.charAt(at) != '=' && line.charAt(at) != ':' && !Character.isWhitespace(line.charAt(at))) {
            at += line.charAt(at) == '\\' ? 2 : 1;
        }
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        if (at < line.length() && (line.charAt(at) == '=' || line.charAt(at) == ':')) {
            at++;
        }
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        return Math.min(at, line.length());
    }

    /** Every key with the value that wins (the last). */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach(e -> values.put(e.key(), e.value()));
        return values;
    }

    /** The entry whose value is used: the last one setting the key. */
    Optional<Entry> winning(String key) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Where the used value of {@code key} starts (the file's start when the key is not set). */
    Position valueAt(String key) {
        return winning(key).map(Entry::valueAt).orElse(Position.START);
    }

    /** Where {@code word} stands as a whole item of the used value of {@code key} (the value's start when not on its first line). */
    Position wordAt(String key, String word) {
        return winning(key).map(e -> {
            int from = e.valueAt().column() - 1;
            for (int at = e.firstLine().indexOf(word, from); at >= 0; at = e.firstLine().indexOf(word, at + 1)) {
                int end = at + word.length();
                boolean startsItem = at == from || e.firstLine().charAt(at - 1) == ',' || Character.isWhitespace(e.firstLine().charAt(at - 1));
                boolean endsItem = end == e.firstLine().length() || e.firstLine().charAt(end) == ',' || Character.isWhitespace(e.firstLine().charAt(end));
                if (startsItem && endsItem) {
                    return new Position(e.valueAt().line(), at + 1);
                }
            }
            return e.valueAt();
        }).orElse(Position.START);
    }
}
