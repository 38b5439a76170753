package dossier.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkResolverTest {
    private static final Page STATUS = new Page(PageKind.ARTICLE, "content/articles/trade-status.md", "articles/trade-status.html",
            "T", "T", "S", "s", List.of(), false, true, "", List.of(), List.of(), List.of());
    private static final LinkResolver LINKS = new LinkResolver(List.of(STATUS),
            Set.of("index.html", "about.html", "articles/trade-status.html", "assets/my chart.png"));

    private static String path(String from, String url) {
        return assertInstanceOf(LinkTarget.InSite.class, LINKS.resolve(from, url)).path();
    }

    @Test
    void relativeToThePageWithoutQueryOrFragment() {
        assertEquals("about.html", path("articles/a.html", "../about.html"));
        assertEquals("articles/b.html", path("articles/a.html", "b.html"));
        assertEquals("articles/b.html", path("articles/a.html", "./b.html"));
        assertEquals("sources/x.html", path("articles/a.html", "../sources/x.html#p3"));
        assertEquals("about.html", path("index.html", "about.html?x=1#top"));
        assertEquals("assets/style.css", path("index.html", "assets/../assets/style.css"));
        assertEquals("p3", ((LinkTarget.InSite) LINKS.resolve("articles/a.html", "../sources/x.html#p3")).fragment());
    }

    @Test
    void aFragmentOrQueryAloneIsThePageItself() {
        assertEquals(new LinkTarget.SamePage("p1"), LINKS.resolve("articles/a.html", "#p1"));
        assertEquals(new LinkTarget.SamePage(null), LINKS.resolve("index.html", "?q=1"));
        assertEquals(new LinkTarget.SamePage(null), LINKS.resolve("index.html", ""));
    }

    @Test
    void schemesRootRelativeAndLeavingTheSite() {
        assertInstanceOf(LinkTarget.External.class, LINKS.resolve("index.html", "https://example.org/x"));
        assertInstanceOf(LinkTarget.External.class, LINKS.resolve("index.html", "mailto:a@example.org"));
        assertInstanceOf(LinkTarget.RootRelative.class, LINKS.resolve("index.html", "/index.html"));
        assertInstanceOf(LinkTarget.RootRelative.class, LINKS.resolve("index.html", "//example.org/x"));
        assertInstanceOf(LinkTarget.OutsideSite.class, LINKS.resolve("index.html", "../outside.html"));
        assertInstanceOf(LinkTarget.OutsideSite.class, LINKS.resolve("articles/a.html", "../../outside.html"));
    }

    @Test
    void percentEscapesAreDecoded() {
        assertEquals("assets/my chart.png", path("index.html", "assets/my%20chart.png"));
        assertEquals("assets/my chart.png", path("index.html", "assets/my chart.png"));
        LinkTarget.InSite escaped = (LinkTarget.InSite) LINKS.resolve("index.html", "articles/trade%2Dstatus.html");
        assertEquals(Optional.of(STATUS), escaped.page(), "an escaped link reaches its page, for backlinks as for the check");
        assertTrue(escaped.exists());
    }

    @Test
    void aLinkToAPagesMarkdownFileLeadsToThePage() {
        LinkTarget.InSite md = (LinkTarget.InSite) LINKS.resolve("articles/other.html", "trade-status.md#x-1");
        assertEquals("articles/trade-status.html", md.path());
        assertEquals(Optional.of(STATUS), md.page());
        assertEquals("x-1", md.fragment());
        assertTrue(md.exists());
        LinkTarget.InSite fromTop = (LinkTarget.InSite) LINKS.resolve("index.html", "articles/trade-status.md");
        assertEquals("articles/trade-status.html", fromTop.path());
        LinkTarget.InSite unknown = (LinkTarget.InSite) LINKS.resolve("index.html", "articles/nothing.md");
        assertFalse(unknown.exists());
        assertEquals(Optional.empty(), unknown.page());
    }

    @Test
    void aLinkToTheMarkdownFileOfAPageThatDidNotParseLeadsToItsAddress() {
        // about.md is among the files (its address is written) but not among the pages: it failed to parse
        LinkTarget.InSite about = assertInstanceOf(LinkTarget.InSite.class, LINKS.resolve("articles/a.html", "../about.md"));
        assertEquals("about.html", about.path());
        assertTrue(about.exists(), "not a broken link: the page's own errors say why it did not load");
        LinkTarget.InSite missing = assertInstanceOf(LinkTarget.InSite.class, LINKS.resolve("articles/a.html", "../nothing.md"));
        assertFalse(missing.exists());
    }
}
