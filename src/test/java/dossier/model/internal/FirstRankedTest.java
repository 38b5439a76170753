package dossier.model.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first items of a stable sort, without the sort. */
class FirstRankedTest {
    /** Ranked by score only: items of the same score are ties, told apart by their position. */
    private record Item(int score, int position) {
    }

    private static final Comparator<Item> BY_SCORE = Comparator.comparingInt(Item::score).reversed();

    @Test
    void givesWhatAStableSortGivesTiesIncluded() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            List<Item> items = new ArrayList<>();
            int size = random.nextInt(30);
            for (int i = 0; i < size; i++) {
                items.add(new Item(random.nextInt(5), i));
            }
            int limit = random.nextInt(6);
            assertEquals(items.stream().sorted(BY_SCORE).limit(limit).toList(), FirstRanked.of(items, BY_SCORE, limit), items::toString);
        }
    }

    @Test
    void fewerItemsThanTheLimitAreAllKept() {
        assertEquals(List.of(new Item(3, 1), new Item(1, 0)), FirstRanked.of(List.of(new Item(1, 0), new Item(3, 1)), BY_SCORE, 4));
    }
}
