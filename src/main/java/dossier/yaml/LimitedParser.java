package dossier.yaml;

import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

import java.util.HashSet;
import java.util.Set;

/**
 * SnakeYAML's parser with our limits on what the composer receives: nodes, nesting depth and
 * aliases to collections, each refused at the event that passes it (SnakeYAML's own checks say
 * neither where nor, for aliases, how to fix it).
 */
final class LimitedParser implements Parser {
    private final Parser parser;
    private final YamlLimits limits;
    private final Set<String> collectionAnchors = new HashSet<>();
    private int nodes;
    private int depth;
    private int collectionAliases;

    LimitedParser(Parser parser, YamlLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        if (event instanceof ScalarEvent || event instanceof CollectionStartEvent) {
            if (++nodes > limits.nodes()) {
                throw new YamlLimits.Passed(event.getStartMark(), "more than " + limits.nodes() + " values and keys in one document");
            }
        }
        if (event instanceof CollectionStartEvent start) {
            if (++depth > limits.depth()) {
                throw new YamlLimits.Passed(event.getStartMark(), "nested more than " + limits.depth() + " levels deep");
            }
            if (start.getAnchor() != null) {
                collectionAnchors.add(start.getAnchor());
            }
        } else if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
            depth--;
        } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())) {
            if (++collectionAliases > limits.aliases()) {
                throw new YamlLimits.Passed(event.getStartMark(), "more than " + limits.aliases()
                        + " aliases (*name) to lists or mappings in one document; write the values out instead");
            }
        }
        return event;
    }
}
