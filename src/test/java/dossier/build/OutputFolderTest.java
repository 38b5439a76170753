package dossier.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {

    @Test
    void aSwapMarksTheBakeAndFinishingDropsThePreviousSite(@TempDir Path tmp) throws IOException {
        Path out = previousBake(tmp);
        OutputFolder folder = new OutputFolder(out);
        Path staging = folder.createStaging();
        Files.writeString(staging.resolve("index.html"), "new");
        folder.swapIn(staging).finish();
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve(OutputTarget.MARKER)));
        assertEquals(List.of("out"), names(tmp), "no folder left aside");
    }

    private static Path previousBake(Path tmp) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("index.html"), "old");
        Files.writeString(out.resolve(OutputTarget.MARKER), "baked");
        return out;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
