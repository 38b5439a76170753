package dossier.model.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first few items of a stable sort, found without sorting them all: each item goes after
 * every kept one that ranks as high, so ties keep the order the items came in, as the sort's do.
 */
public final class FirstRanked {
    private FirstRanked() {
    }

    /** What {@code items} sorted (stably) by {@code order} and limited to {@code limit} would give. */
    public static <T> List<T> of(Iterable<T> items, Comparator<? super T> order, int limit) {
        List<T> first = new ArrayList<>(limit + 1);
        for (T item : items) {
            int at = first.size();
            while (at > 0 && order.compare(item, first.get(at - 1)) < 0) {
                at--;
            }
            if (at < limit) {
                first.add(at, item);
                if (first.size() > limit) {
                    first.remove(limit);
                }
            }
        }
        return first;
    }
}
