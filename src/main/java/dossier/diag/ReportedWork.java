package dossier.diag;

import dossier.cache.Digest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Work done per key (a file's path) for builds that follow one another in one process
 * ({@code serve}), remembered with its inputs, its result and what it reported: asked again with
 * equal inputs, it gives the remembered result and reports the same again, without the work. The
 * inputs must be everything the work reads, compared by content (by their {@link Digest}, so that
 * what is kept is small and can be saved: {@link #state}); the caller says what that is.
 *
 * @param <I> the work's inputs (a file's text, or a record of all it reads)
 * @param <V> its result
 */
public final class ReportedWork<I, V> {
    /** What was done for a key: the digest of its inputs, the result as kept, what it reported. */
    public record Done<V>(Digest inputs, V result, List<Diagnostic> diagnostics) {
    }

    /** Everything remembered, by key: what a persistent cache saves and gives back. */
    public record State<V>(Map<String, Done<V>> done) {
    }

    private final Map<String, Done<V>> done = new ConcurrentHashMap<>();

    /** As {@link #get(String, Object, Report, Function, UnaryOperator)}, remembering the whole result. */
    public V get(String key, I inputs, Report report, Function<Report, V> work) {
        return get(key, inputs, report, work, UnaryOperator.identity());
    }

    /**
     * The work's result: the remembered one when the key's inputs equal these, else done now (into a
     * report of its own) and remembered. Either way what it reported goes to {@code report}.
     *
     * @param kept what of a fresh result is worth keeping (a parse keeps its facts, not its tree);
     *             a remembered result is what this gave
     */
    public V get(String key, I inputs, Report report, Function<Report, V> work, UnaryOperator<V> kept) {
        Digest digest = Digest.of(inputs);
        Done<V> known = done.get(key);
        if (known != null && known.inputs().equals(digest)) {
            known.diagnostics().forEach(report::add);
            return known.result();
        }
        Report own = new Report();
        V result = work.apply(own);
        List<Diagnostic> diagnostics = own.diagnostics();
        done.put(key, new Done<>(digest, kept.apply(result), diagnostics));
        diagnostics.forEach(report::add);
        return result;
    }

    /** Forgets the keys that are gone (deleted or renamed files). */
    public void retain(Set<String> keys) {
        done.keySet().retainAll(keys);
    }

    /** What is remembered now, in key order. */
    public State<V> state() {
        return new State<>(new TreeMap<>(done));
    }

    /** Remembers what a saved state holds (a cache read back), besides what is remembered already. */
    public void restore(State<V> state) {
        done.putAll(state.done());
    }
}
