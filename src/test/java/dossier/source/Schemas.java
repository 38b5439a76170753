package dossier.source;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shipped editor schemas for tests: validation of YAML against them (offline: the draft-07
 * meta-schema is the validator's own copy, and fetching anything is refused), and what they declare,
 * for comparing with what the readers accept.
 */
public final class Schemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<EditorSchemas.Kind, Schema> SCHEMAS = new EnumMap<>(EditorSchemas.Kind.class);

    private Schemas() {
    }

    /** What is wrong with a YAML text by the schema, one line per error ("$.kind: does not have a value in the enumeration…"); empty when valid. */
    public static synchronized List<String> errors(EditorSchemas.Kind kind, String yaml) {
        Schema schema = SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(new String(EditorSchemas.schema(k), StandardCharsets.UTF_8),
                InputFormat.JSON));
        List<String> errors = new ArrayList<>();
        for (Error error : schema.validate(yaml, InputFormat.YAML)) {
            errors.add(error.toString());
        }
        return errors;
    }

    /** What is wrong with a schema by the draft-07 meta-schema (the validator's own copy: nothing is fetched). */
    public static List<String> metaSchemaErrors(EditorSchemas.Kind kind) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        return meta.validate(new String(EditorSchemas.schema(kind), StandardCharsets.UTF_8), InputFormat.JSON).stream().map(Error::toString).toList();
    }

    public static JsonNode json(EditorSchemas.Kind kind) {
        return JSON.readTree(EditorSchemas.schema(kind));
    }

    /** The schema node at a JSON pointer ("/properties/events/items"), following a local $ref where one stands. */
    public static JsonNode at(EditorSchemas.Kind kind, String pointer) {
        JsonNode root = json(kind);
        JsonNode node = root.at(pointer);
        while (node.has("$ref")) {
            node = root.at(node.get("$ref").stringValue().substring(1));
        }
        if (node.isMissingNode()) {
            throw new AssertionError(kind.label() + " has nothing at " + pointer);
        }
        return node;
    }

    /** The property names an object schema declares. */
    public static Set<String> properties(EditorSchemas.Kind kind, String pointer) {
        return new TreeSet<>(at(kind, pointer).get("properties").propertyNames());
    }

    /** The values an enum allows, as text; null (a field left empty, which the reader takes as left out) aside. */
    public static Set<String> enumeration(EditorSchemas.Kind kind, String pointer) {
        Set<String> values = new TreeSet<>();
        at(kind, pointer).get("enum").values().stream().filter(v -> !v.isNull()).forEach(v -> values.add(v.asString()));
        return values;
    }
}
