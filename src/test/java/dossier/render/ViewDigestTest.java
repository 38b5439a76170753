package dossier.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The digest sees every value in a view, tells types and boundaries apart, and refuses what it cannot see. */
class ViewDigestTest {
    @Test
    void equalViewsDigestAlikeAndAnyChangedValueDigestsApart() {
        Views.Link link = new Views.Link("Gallium", "entities/gallium.html");
        assertEquals(ViewDigest.of(link), ViewDigest.of(new Views.Link("Gallium", "entities/gallium.html")));
        assertNotEquals(ViewDigest.of(link), ViewDigest.of(new Views.Link("Gallium", "entities/gallium-metal.html")));
        Views.Site site = new Views.Site("T", "D", "en", List.of(link));
        assertNotEquals(ViewDigest.of(site), ViewDigest.of(new Views.Site("T", "D", "en", List.of(link, link))));
    }

    @Test
    void boundariesNullsAndTypesAreTold() {
        assertNotEquals(ViewDigest.of("ab", "c"), ViewDigest.of("a", "bc"));
        assertNotEquals(ViewDigest.of((Object) null), ViewDigest.of(""));
        assertNotEquals(ViewDigest.of(1), ViewDigest.of(1L));
        assertNotEquals(ViewDigest.of(1), ViewDigest.of("1"));
        assertNotEquals(ViewDigest.of(List.of("a"), List.of()), ViewDigest.of(List.of(), List.of("a")));
        assertNotEquals(ViewDigest.of(Optional.empty()), ViewDigest.of(Optional.of("")));
        assertNotEquals(ViewDigest.of(Map.of("k", "v")), ViewDigest.of(Map.of("v", "k")));
        assertNotEquals(ViewDigest.of(new Views.Link("a", "b")), ViewDigest.of(new Views.Meta("a", "b")), "the record's type counts");
    }

    @Test
    void whatItCannotSeeIsUndigestable() {
        assertTrue(ViewDigest.of(new Object()).isEmpty(), "an object whose content it cannot see");
        assertTrue(ViewDigest.of(List.of("x", new int[]{1})).isEmpty(), "an array");
        record Hidden(String value) {
        }
        assertTrue(ViewDigest.of(new Hidden("x")).isEmpty(), "a record it may not read");
        Object current = List.of();
        for (int i = 0; i < 40; i++) {
            current = List.of(current);
        }
        assertTrue(ViewDigest.of(current).isEmpty(), "nesting deeper than a view's");
    }
}
