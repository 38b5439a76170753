package dossier.model;

import dossier.model.internal.MentionScanner;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the model keeps between builds in one process ({@code serve}): the work on each source
 * record that depends on the record alone (its paragraphs in match form, for proving excerpts) or
 * on the record and the entities' names (where each paragraph mentions them). Records are keys by
 * identity: a record equals any other of its id, but the source memo hands back the very same
 * record only while its text is unchanged, and an edited record is a new object. What a build did
 * not use is dropped at the next one.
 */
public final class ModelMemo {
    private Map<SourceRecord, List<String>> lastNormalised = Map.of();
    private Map<SourceRecord, List<String>> normalised = new IdentityHashMap<>();
    private List<List<String>> names = List.of();
    private Map<SourceRecord, List<List<MentionScanner.Match>>> lastMentions = Map.of();
    private Map<SourceRecord, List<List<MentionScanner.Match>>> mentions = new IdentityHashMap<>();

    /** A model build begins: what the one before used stays findable, the rest is dropped. */
    synchronized void begin() {
        lastNormalised = normalised;
        normalised = new IdentityHashMap<>();
        lastMentions = mentions;
        mentions = new IdentityHashMap<>();
    }

    /** The record's paragraphs in match form, made once while the record is unchanged. */
    synchronized List<String> normalised(SourceRecord source, Function<SourceRecord, List<String>> normalise) {
        return kept(source, normalised, lastNormalised, normalise);
    }

    /**
     * The mentions of each of the record's paragraphs (empty for an excluded one), found once while
     * the record and every entity's names are unchanged.
     */
    synchronized List<List<MentionScanner.Match>> mentions(List<List<String>> entityNames, SourceRecord source,
                                                            Function<SourceRecord, List<List<MentionScanner.Match>>> scan) {
        if (!entityNames.equals(names)) {
            names = List.copyOf(entityNames);
            lastMentions = Map.of();
            mentions.clear();
        }
        return kept(source, mentions, lastMentions, scan);
    }

    /** A record's paragraphs in match form. */
    public record Normalised(SourceRecord record, List<String> paragraphs) {
    }

    /** A record's mentions, paragraph by paragraph. */
    public record Mentions(SourceRecord record, List<List<MentionScanner.Match>> paragraphs) {
    }

    /**
     * What a persistent cache saves: the work of the last build, by record. Saved in one piece with
     * the source memo's records, so that read back they are those very records again.
     */
    public record State(List<Normalised> normalised, List<List<String>> names, List<Mentions> mentions) {
    }

    /** The work the last build used, to save. */
    public synchronized State state() {
        List<Normalised> paragraphs = new ArrayList<>();
        normalised.forEach((record, value) -> paragraphs.add(new Normalised(record, value)));
        List<Mentions> found = new ArrayList<>();
        mentions.forEach((record, value) -> found.add(new Mentions(record, value)));
        return new State(paragraphs, names, found);
    }

    /** Takes a saved state as the work of the build before the next. */
    public synchronized void restore(State state) {
        normalised = new IdentityHashMap<>();
        state.normalised().forEach(entry -> normalised.put(entry.record(), entry.paragraphs()));
        names = List.copyOf(state.names());
        mentions = new IdentityHashMap<>();
        state.mentions().forEach(entry -> mentions.put(entry.record(), entry.paragraphs()));
    }

    private static <V> V kept(SourceRecord source, Map<SourceRecord, V> current, Map<SourceRecord, V> last, Function<SourceRecord, V> make) {
        V value = current.get(source);
        if (value == null) {
            value = last.get(source);
            if (value == null) {
                value = make.apply(source);
            }
            current.put(source, value);
        }
        return value;
    }
}
