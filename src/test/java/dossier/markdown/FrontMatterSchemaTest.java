package dossier.markdown;

import dossier.source.EditorSchemas.Kind;
import dossier.source.Schemas;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The front-matter schemas declare exactly the fields the reader takes in events, figures, corrections and accounts. */
class FrontMatterSchemaTest {
    private static final List<Kind> PAGES = List.of(Kind.ARTICLE, Kind.ENTITY, Kind.PAGE);

    @Test
    void listItemsHaveTheReadersFields() {
        for (Kind kind : PAGES) {
            assertEquals(sorted(FrontMatterReader.EVENT_FIELDS), Schemas.properties(kind, "/properties/events/items"), kind.label());
            assertEquals(sorted(FrontMatterReader.FIGURE_FIELDS), Schemas.properties(kind, "/properties/figures/items"), kind.label());
            assertEquals(sorted(FrontMatterReader.CORRECTION_FIELDS), Schemas.properties(kind, "/properties/corrections/items"), kind.label());
            assertEquals(sorted(FrontMatterReader.ACCOUNT_FIELDS), Schemas.properties(kind, "/definitions/accounts/items"),
                    kind.label());
            assertEquals("#/definitions/accounts", Schemas.json(kind).at("/definitions/event/properties/accounts/$ref").stringValue());
            for (String item : List.of("event", "figure", "correction", "account")) {
                assertEquals(false, Schemas.at(kind, "/definitions/" + item).get("additionalProperties").asBoolean(),
                        kind.label() + " " + item + ": the reader rejects unknown fields");
            }
        }
    }

    /** The three schemas are written separately (an editor resolves no other file): their shared parts must not drift apart. */
    @Test
    void theSharedDefinitionsAreTheSameInEverySchema() {
        for (Kind kind : PAGES) {
            assertEquals(Schemas.json(Kind.ARTICLE).get("definitions"), Schemas.json(kind).get("definitions"), kind.label());
        }
    }

    private static Set<String> sorted(Set<String> fields) {
        return new TreeSet<>(fields);
    }
}
