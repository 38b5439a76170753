package dossier.render;

import dossier.markdown.HeadingFact;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents of a long page, from its body's headings: its sections (##) and their
 * subsections (###). A page of fewer than {@link #MIN_SECTIONS} sections has none: two entries
 * are a glance at the page, not a map of it.
 */
final class TableOfContents {
    static final int MIN_SECTIONS = 3;

    private TableOfContents() {
    }

    static List<Views.TocEntry> of(List<HeadingFact> headings) {
        if (headings.stream().filter(h -> h.level() == 2).count() < MIN_SECTIONS) {
            return List.of();
        }
        List<Views.TocEntry> sections = new ArrayList<>();
        String id = null;
        String text = null;
        List<Views.TocEntry> subsections = new ArrayList<>();
        for (HeadingFact heading : headings) {
            if (heading.level() == 2) {
                if (id != null) {
                    sections.add(new Views.TocEntry(id, text, subsections));
                }
                id = heading.id();
                text = heading.text();
                subsections = new ArrayList<>();
            } else if (heading.level() == 3 && id != null) {
                // a ### before the first ## belongs to no section: left out rather than promoted
                subsections.add(new Views.TocEntry(heading.id(), heading.text(), List.of()));
            }
        }
        sections.add(new Views.TocEntry(id, text, subsections));
        return List.copyOf(sections);
    }
}
