package dossier.it;

import dossier.build.Build;
import dossier.model.Dossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model is the one hand-over to checks, rendering, search and publishing: every collection it
 * returns, however deep, must refuse changes. Probes every accessor of every model record reached
 * from the shipped dossier's model, and every public no-argument method that returns a collection.
 */
class ModelImmutabilityTest {
    private static Dossier dossier;

    @BeforeAll
    static void build() {
        Build.Result result = new Build().run(new Build.Options(Sites.PROJECT, null));
        dossier = result.dossier().orElseThrow();
    }

    @Test
    void everyCollectionTheModelReturnsIsUnmodifiable() {
        Probe probe = new Probe();
        probe.visit(dossier, "dossier");
        assertEquals(List.of(), probe.mutable, "collections that can be changed");
        assertTrue(probe.collections >= 5 * dossier.checked().size(), "the probe reached every page's citations: " + probe.collections);
        assertTrue(probe.records.containsAll(Set.of("Dossier", "Page", "PageCitations", "ResolvedExcerpt", "ResolvedCitation",
                "CrossReferences", "Entity", "Event", "Figure", "Mention", "Backlink", "ResolvedLink", "Quotation", "SourceRecord")),
                "the probe reached every kind of record: " + probe.records);
    }

    @Test
    void theProbeFindsAChangeableCollection() {
        record Holder(List<String> names, Map<String, List<String>> nested) {
        }
        Probe probe = new Probe();
        probe.visit(new Holder(List.of("a"), Map.of("k", new ArrayList<>(List.of("b")))), "holder");
        assertEquals(List.of("holder.nested()[k]"), probe.mutable);
    }

    private static final class Probe {
        final List<String> mutable = new ArrayList<>();
        final Set<String> records = new java.util.TreeSet<>();
        int collections;
        private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        void visit(Object value, String where) {
            if (value == null || value instanceof String || value instanceof Number || value instanceof Enum<?> || !seen.add(value)) {
                return;
            }
            if (value instanceof Collection<?> collection) {
                collections++;
                if (changes(() -> collection.add(null)) || changes(collection::clear)) {
                    mutable.add(where);
                }
                int i = 0;
                for (Object item : collection) {
                    visit(item, where + "[" + i++ + "]");
                }
            } else if (value instanceof Map<?, ?> map) {
                collections++;
                if (changes(() -> map.put(null, null)) || changes(map::clear)) {
                    mutable.add(where);
                }
                map.forEach((k, v) -> {
                    visit(k, where + ".key");
                    visit(v, where + "[" + k + "]");
                });
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(v -> visit(v, where));
            } else if (ours(value.getClass())) {
                if (value.getClass().isRecord()) {
                    records.add(value.getClass().getSimpleName());
                }
                for (Method method : value.getClass().getMethods()) {
                    if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                            && method.getDeclaringClass() == value.getClass() && returnsData(method, value.getClass())) {
                        visit(invoke(method, value), where + "." + method.getName() + "()");
                    }
                }
            }
        }

        private static boolean ours(Class<?> type) {
            String name = type.getName();
            return name.startsWith("dossier.model.") || name.startsWith("dossier.source.") || name.startsWith("dossier.it.");
        }

        /** Record components and collection-valued methods; not hashCode, toString and the like. */
        private static boolean returnsData(Method method, Class<?> type) {
            Class<?> returns = method.getReturnType();
            boolean component = type.isRecord() && java.util.Arrays.stream(type.getRecordComponents())
                    .anyMatch(c -> c.getAccessor().equals(method));
            return component || Collection.class.isAssignableFrom(returns) || Map.class.isAssignableFrom(returns);
        }

        private static Object invoke(Method method, Object target) {
            try {
                method.setAccessible(true);
                return method.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError("cannot call " + method, e);
            }
        }

        /** Whether the change went through: an unmodifiable collection refuses before looking at the argument. */
        private static boolean changes(Runnable change) {
            try {
                change.run();
                return true;
            } catch (UnsupportedOperationException e) {
                return false;
            } catch (RuntimeException e) {
                return true; // it looked at the argument, so it would have taken another
            }
        }
    }
}
