package dossier.render;

import dossier.markdown.CitationLinker;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A serve rebuild reuses a page when its view equals the last one, and a body when the linker's
 * answers equal the last ones ({@link RenderMemo}, {@link BodyMemo}): that is exact only while
 * these are values, compared by content all the way down. A model object in a view (a source
 * record, a page: they compare by id or path) would make an edit invisible, so this fails first.
 */
class ViewsAreValuesTest {
    private static final Set<Type> PLAIN = Set.of(String.class, int.class, boolean.class, Integer.class);

    @Test
    void viewsAndLinkerAnswersAreRecordsOfStringsNumbersAndListsOfThem() {
        List<Class<?>> values = new ArrayList<>(List.of(Views.class.getDeclaredClasses()));
        values.add(CitationLinker.ExcerptLink.class);
        values.add(CitationLinker.CitationLink.class);
        List<String> problems = new ArrayList<>();
        for (Class<?> type : values) {
            if (!type.isRecord()) {
                problems.add(type.getSimpleName() + " is not a record");
                continue;
            }
            if (overridesEquals(type)) {
                problems.add(type.getSimpleName() + " has its own equals");
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (!isValue(component.getGenericType())) {
                    problems.add(type.getSimpleName() + "." + component.getName() + " is a " + component.getGenericType().getTypeName());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The equals a record is given is final; one written by hand (as a source record's, by id) is not, unless declared so. */
    private static boolean overridesEquals(Class<?> type) {
        try {
            var method = type.getDeclaredMethod("equals", Object.class);
            return !java.lang.reflect.Modifier.isFinal(method.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean isValue(Type type) {
        if (PLAIN.contains(type)) {
            return true;
        }
        if (type instanceof Class<?> c) {
            return c.isRecord() && (c.getEnclosingClass() == Views.class || c.getEnclosingClass() == CitationLinker.class);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return isValue(p.getActualTypeArguments()[0]);
        }
        return false;
    }
}
