package dossier.markdown;

import java.util.Set;

/**
 * A run of inline HTML built in one string and handed to flexmark's writer in one call, byte for
 * byte what its {@code attr(…).withAttr().tag(…)}, {@code text} and closing {@code tag("/…")}
 * calls write for our own nodes (which no attribute provider extends): each of those calls goes
 * through the writer's line-tracking appender and its regular-expression escaping.
 */
final class InlineHtml {
    /** flexmark leaves these out when empty (its Attribute.NON_RENDERING_WHEN_EMPTY). */
    private static final Set<String> DROPPED_WHEN_EMPTY = Set.of("class", "id", "name", "style");
    private final StringBuilder out = new StringBuilder(256);

    /** {@code <name a="v" …>}; attributes as name, value pairs, values escaped as flexmark escapes them. */
    InlineHtml open(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1] == null ? "" : attributes[i + 1];
            if (!value.isEmpty() || !DROPPED_WHEN_EMPTY.contains(attributes[i])) {
                out.append(' ').append(attributes[i]).append("=\"").append(HtmlText.attribute(value)).append('"');
            }
        }
        out.append('>');
        return this;
    }

    InlineHtml close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** Text, escaped. */
    InlineHtml text(String text) {
        out.append(HtmlText.escape(text));
        return this;
    }

    /** HTML already escaped. */
    InlineHtml raw(String html) {
        out.append(html);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
