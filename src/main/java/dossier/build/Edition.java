package dossier.build;

import dossier.publish.EpubEdition;
import dossier.publish.PdfEdition;
import dossier.publish.PrintEdition;

import java.util.EnumSet;
import java.util.Set;

/**
 * The editions a bake may write beside the site, each from the pages it has just rendered. All
 * opt-in ({@code bake --editions}): each costs more than a second of the shipped dossier's bake,
 * or close to it, and a preview has no use for them.
 */
public enum Edition {
    /** dossier.epub, an EPUB 3 book. */
    EPUB(EpubEdition.FILE, "EPUB edition"),
    /** print.html, the whole dossier on one page. */
    PRINT(PrintEdition.FILE, "print edition"),
    /** dossier.pdf, made from print.html. */
    PDF(PdfEdition.FILE, "PDF edition");

    private final String file;
    private final String title;

    Edition(String file, String title) {
        this.file = file;
        this.title = title;
    }

    /** What it is called in messages: "the EPUB edition". */
    public String title() {
        return title;
    }

    /** The file it is written to, in the output's root. */
    public String file() {
        return file;
    }

    /** The editions asked for, with what they are made from: the PDF from the print edition. */
    public static Set<Edition> withSources(Set<Edition> asked) {
        EnumSet<Edition> all = asked.isEmpty() ? EnumSet.noneOf(Edition.class) : EnumSet.copyOf(asked);
        if (all.contains(PDF)) {
            all.add(PRINT);
        }
        return Set.copyOf(all);
    }
}
