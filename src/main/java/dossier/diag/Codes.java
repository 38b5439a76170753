package dossier.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of diagnostic codes, read from {@code codes.md} beside this class: one section per
 * code, so that adding a code is adding one section. A section is
 * <pre>
 * ## the-code
 * severity: error
 * summary: one line
 *
 * free text: what it means, an example, how to fix it
 * </pre>
 */
public final class Codes {
    static final String RESOURCE = "codes.md";
    /** Marks an entry no fixture can produce (a crash guard), with the reason after it. */
    public static final String NO_FIXTURE = "Fixture: none";
    private static final String HEADING = "## ";

    /** One catalogue entry; {@code text} is everything after the summary line, trimmed. */
    public record Entry(String code, Severity severity, String summary, String text) {
        /** Warnings can be silenced with {@code dossier.suppress}; errors cannot. */
        public boolean canBeSilenced() {
            return severity == Severity.WARNING;
        }
    }

    private final Map<String, Entry> entries;

    private Codes(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The catalogue shipped in the jar. */
    public static Codes catalogue() {
        try (InputStream in = Codes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the catalogue's text; a malformed section is a bug in the jar, so it throws. */
    static Codes parse(String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> section = null;
        for (String line : (text + "\n" + HEADING).lines().toList()) {
            if (line.startsWith(HEADING)) {
                if (section != null) {
                    Entry entry = entry(section);
                    if (entries.put(entry.code(), entry) != null) {
                        throw new IllegalStateException(RESOURCE + ": code '" + entry.code() + "' has two entries");
                    }
                }
                section = new ArrayList<>();
            }
            if (section != null) {
                section.add(line);
            }
        }
        return new Codes(entries);
    }

    private static Entry entry(List<String> lines) {
        String code = lines.get(0).substring(HEADING.length()).strip();
        if (lines.size() < 3 || !lines.get(1).startsWith("severity: ") || !lines.get(2).startsWith("summary: ")) {
            throw new IllegalStateException(RESOURCE + ": '" + code + "' must start with a severity: and a summary: line");
        }
        Severity severity = Severity.valueOf(lines.get(1).substring("severity: ".length()).strip().toUpperCase(java.util.Locale.ROOT));
        String summary = lines.get(2).substring("summary: ".length()).strip();
        return new Entry(code, severity, summary, String.join("\n", lines.subList(3, lines.size())).strip());
    }

    public Optional<Entry> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** Every code, in the catalogue's order. */
    public Set<String> codes() {
        return entries.keySet();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
