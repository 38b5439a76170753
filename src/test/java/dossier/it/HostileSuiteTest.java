package dossier.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile suite (see {@link HostileCase}): content and command lines from strangers. Each case
 * asserts its exit code and exact diagnostics, that no stack trace or internal error reaches the
 * user, that nothing outside the site is touched, and that a failed command leaves the previous
 * bake (its folder and the offline zip in it) and the site as they were. A case that runs
 * longer than its limit is a hang. Run with -Dgolden.update=true to rewrite the expected files
 * after a deliberate change, then review them.
 */
class HostileSuiteTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    static List<HostileCase> cases() {
        return HostileCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputIsReportedAndHarmsNothing(HostileCase hostile, @TempDir Path tmp) throws IOException {
        HostileCase.Layout layout = hostile.prepare(tmp);
        Map<String, String> outside = HostileCase.snapshot(layout.outside());
        Map<String, String> out = HostileCase.snapshot(layout.out());
        Map<String, String> site = HostileCase.snapshot(layout.site());
        Path zip = layout.out().resolve("dossier-offline.zip"); // the previous bake's offline copy
        Map<String, String> offline = HostileCase.snapshot(zip);

        CliRun run;
        try {
            run = assertTimeoutPreemptively(LIMIT, () -> CliRun.run(hostile.args(layout)), hostile.name() + " hangs");
        } finally {
            hostile.release(layout);
        }

        String err = layout.unplace(run.err());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(hostile.expectedFile(), err, StandardCharsets.UTF_8);
        }
        assertEquals(hostile.expected(), err, "diagnostics of " + hostile.name());
        assertEquals(hostile.exit(), run.exit(), "exit code of " + hostile.name() + "\n" + run.out());
        assertTrue(err.lines().noneMatch(l -> l.contains("Exception") || l.contains("Error:") || l.startsWith("\tat ")
                || l.contains("internal error")), "no stack trace or internal error:\n" + err);
        assertEquals(outside, HostileCase.snapshot(layout.outside()), "nothing outside the site changed");
        if (run.exit() != 0) {
            assertEquals(out, HostileCase.snapshot(layout.out()), "a failed command leaves the previous bake as it was");
            assertEquals(offline, HostileCase.snapshot(zip), "a failed command leaves the previous offline copy as it was");
            assertEquals(site, HostileCase.snapshot(layout.site()), "a failed command writes nothing into the site");
        }
    }

    /** The closing note counts cases per class; so does this, so that an empty class shows. */
    @Test
    void casesPerClass() {
        Map<String, Integer> perClass = new TreeMap<>();
        cases().forEach(c -> perClass.merge(c.kind(), 1, Integer::sum));
        System.out.println("hostile cases per class: " + perClass + ", " + cases().size() + " in all");
        assertTrue(cases().isEmpty() || perClass.values().stream().allMatch(n -> n > 0));
    }
}
