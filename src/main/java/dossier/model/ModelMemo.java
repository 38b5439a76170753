package dossier.model;

import dossier.cache.Digest;
import dossier.model.internal.MentionScanner;
import dossier.source.SourceRecord;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the model keeps between builds ({@code serve}, or a bake after another through the build
 * cache): the work on each source record that depends on the record alone (its paragraphs in
 * match form, for proving excerpts) or on the record and the entities' names (where each paragraph
 * mentions them). Keyed by the {@link Digest} of the whole record, since a record equals any other
 * of its id; the digest is taken once per record object (the source memo hands back the very same
 * record while its text is unchanged). What a build did not use is dropped at the next one.
 */
public final class ModelMemo {
    private Map<SourceRecord, Digest> lastDigests = Map.of();
    private Map<SourceRecord, Digest> digests = new IdentityHashMap<>();
    private Map<Digest, List<String>> lastNormalised = Map.of();
    private Map<Digest, List<String>> normalised = new HashMap<>();
    private List<List<String>> names = List.of();
    private Map<Digest, List<List<MentionScanner.Match>>> lastMentions = Map.of();
    private Map<Digest, List<List<MentionScanner.Match>>> mentions = new HashMap<>();

    /** A model build begins: what the one before used stays findable, the rest is dropped. */
    synchronized void begin() {
        lastDigests = digests;
        digests = new IdentityHashMap<>();
        lastNormalised = normalised;
        normalised = new HashMap<>();
        lastMentions = mentions;
        mentions = new HashMap<>();
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

    /** The work on this record, keyed by its digest (itself taken once per record object). */
    private <V> V kept(SourceRecord source, Map<Digest, V> current, Map<Digest, V> last, Function<SourceRecord, V> make) {
        Digest digest = kept(source, digests, lastDigests, Digest::of);
        return kept(digest, current, last, unused -> make.apply(source));
    }

    /** What this build has for the key, else what the build before had (kept for the next), else made now. */
    private static <K, V> V kept(K key, Map<K, V> current, Map<K, V> last, Function<K, V> make) {
        V value = current.get(key);
        if (value == null) {
            value = last.get(key);
            if (value == null) {
                value = make.apply(key);
            }
            current.put(key, value);
        }
        return value;
    }

    /** What a persistent cache saves: the work of the last build, by the digest of its record. */
    public record State(Map<Digest, List<String>> normalised, List<List<String>> names,
                        Map<Digest, List<List<MentionScanner.Match>>> mentions) {
    }

    /** The work the last build used, to save. */
    public synchronized State state() {
        return new State(new TreeMap<>(normalised), names, new TreeMap<>(mentions));
    }

    /** Takes a saved state as the work of the build before the next. */
    public synchronized void restore(State state) {
        normalised = new HashMap<>(state.normalised());
        names = List.copyOf(state.names());
        mentions = new HashMap<>(state.mentions());
    }
}
