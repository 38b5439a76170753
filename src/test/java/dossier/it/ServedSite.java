package dossier.it;

import dossier.build.Build;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A baked site opened both ways a reader opens it: served over HTTP on 127.0.0.1, and from disk
 * (file://) on a copy, so that nothing can depend on the server.
 */
final class ServedSite implements AutoCloseable {
    enum Mode { HTTP, FILE }

    final StaticServer server;
    final Path copy;

    private ServedSite(Path out, Path copy) {
        this.server = new StaticServer(out);
        this.copy = copy;
        Sites.copyTree(out, copy);
    }

    /** Bakes the site folder into {@code tmp} and opens it. */
    static ServedSite bake(Path siteRoot, Path tmp) {
        Path out = tmp.resolve("site");
        assertTrue(new Build().run(new Build.Options(siteRoot, out)).ok(), "the site bakes");
        return new ServedSite(out, tmp.resolve("copy"));
    }

    /** The address of the site's root folder, ending in "/". */
    String base(Mode mode) {
        return mode == Mode.HTTP ? server.base() : copy.toUri().toString();
    }

    /** The site itself, or no request at all (about:blank, data: URLs). */
    boolean isLocal(String url) {
        return url.startsWith(base(Mode.HTTP)) || url.startsWith(base(Mode.FILE)) || url.startsWith("about:") || url.startsWith("data:");
    }

    @Override
    public void close() {
        server.close();
    }
}
