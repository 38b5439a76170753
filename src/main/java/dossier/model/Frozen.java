package dossier.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Unmodifiable copies that keep their order, nested ones too: the model hands out nothing that can be changed. */
final class Frozen {
    private Frozen() {
    }

    static <K, V, W> Map<K, W> map(Map<K, V> map, Function<V, W> freezeValue) {
        Map<K, W> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, freezeValue.apply(v)));
        return Collections.unmodifiableMap(copy);
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map(map, v -> v);
    }

    static <K, V> Map<K, List<V>> lists(Map<K, List<V>> map) {
        return map(map, List::copyOf);
    }

    static <K, V> Map<K, Set<V>> sets(Map<K, Set<V>> map) {
        return map(map, v -> Collections.unmodifiableSet(new java.util.LinkedHashSet<>(v)));
    }

    static <K, J, V> Map<K, Map<J, List<V>>> nested(Map<K, Map<J, List<V>>> map) {
        return map(map, Frozen::lists);
    }
}
