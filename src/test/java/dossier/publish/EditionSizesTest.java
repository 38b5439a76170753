package dossier.publish;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditionSizesTest {
    @Test
    void sizesReadAsAFileManagerShowsThem() {
        assertEquals("1 byte", EditionSizes.shown(1));
        assertEquals("999 bytes", EditionSizes.shown(999));
        assertEquals("1 kB", EditionSizes.shown(1_000));
        assertEquals("344 kB", EditionSizes.shown(343_664));
        assertEquals("1.0 MB", EditionSizes.shown(999_999));
        assertEquals("1.4 MB", EditionSizes.shown(1_405_200));
        assertEquals("16 MB", EditionSizes.shown(15_600_000));
    }

    @Test
    void eachSpanGetsItsFilesSizeWhateverItHeldAndAFileNotGivenGetsNone() {
        String page = "<li>(dossier.epub<span class=\"edition-size\" data-edition-size=\"dossier.epub\">, 9 kB</span>)</li>"
                + "<li>(dossier-offline.zip<span class=\"edition-size\" data-edition-size=\"dossier-offline.zip\">, 2.0 MB</span>)</li>";
        assertEquals("<li>(dossier.epub<span class=\"edition-size\" data-edition-size=\"dossier.epub\">, 344 kB</span>)</li>"
                        + "<li>(dossier-offline.zip<span class=\"edition-size\" data-edition-size=\"dossier-offline.zip\"></span>)</li>",
                EditionSizes.filled(page, Map.of("dossier.epub", 343_664L)));
    }

    @Test
    void aPageWithoutTheListIsLeftAlone() {
        String page = "<p>No editions here, only $1 and \\ signs.</p>";
        assertEquals(page, EditionSizes.filled(page, Map.of("dossier.epub", 1L)));
    }
}
