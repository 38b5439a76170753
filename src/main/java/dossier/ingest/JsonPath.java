package dossier.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up "a.b[0].c" in what {@link LenientJson} read. */
final class JsonPath {
    private JsonPath() {
    }

    static Object get(Object root, String path) {
        Object node = root;
        for (String step : path.replace("[", ".[").split("\\.")) {
            if (step.startsWith("[") && node instanceof List<?> list) {
                int i = Integer.parseInt(step.substring(1, step.length() - 1));
                node = i < list.size() ? list.get(i) : null;
            } else if (node instanceof Map<?, ?> map) {
                node = map.get(step);
            } else {
                return null;
            }
        }
        return node;
    }

    static Optional<String> string(Object root, String path) {
        return get(root, path) instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
