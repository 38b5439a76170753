package dossier.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestPathTest {

    private static RequestPath parsed(String raw) {
        Optional<RequestPath> path = RequestPath.parse(raw);
        assertTrue(path.isPresent(), raw + " should be accepted");
        return path.get();
    }

    @Test
    void theRootAndFoldersAreDirectories() {
        assertEquals(new RequestPath(List.of(), true), parsed("/"));
        assertEquals(new RequestPath(List.of("articles"), true), parsed("/articles/"));
        assertEquals(new RequestPath(List.of("articles"), false), parsed("/articles"));
        assertEquals("", parsed("/").relative());
    }

    @Test
    void filesAreDecodedSegmentBySegment() {
        assertEquals(List.of("about.html"), parsed("/about.html").segments());
        assertEquals("articles/trade-status.html", parsed("/articles/trade-status.html").relative());
        assertEquals(List.of("a b.html"), parsed("/a%20b.html").segments());
        assertEquals(List.of("café.html"), parsed("/caf%C3%A9.html").segments());
        assertEquals(List.of("a+b.html"), parsed("/a+b.html").segments(), "a plus sign is not a space in a path");
        assertEquals(List.of("x..y.html"), parsed("/x..y.html").segments(), "two dots inside a name are harmless");
        assertEquals("html", parsed("/articles/x.HTML").extension());
        assertEquals("", parsed("/articles/").extension());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "about.html", "*", "http://example.org/x",
            "/..", "/../jbake.properties", "/a/../../x", "/./x", "/a/.",
            "/%2e%2e/jbake.properties", "/%2E%2E/jbake.properties", "/%2e%2E/x", "/.%2e/x", "/%2e./x",
            "/%2E%2E%2Fjbake.properties", "/..%2fjbake.properties", "/..%2Fjbake.properties", "/a%2f..", "/%2f..", "/a%2fb",
            "/css/..%5c..%5cjbake.properties", "/a%5cb", "/a\\b", "/..\\x",
            "/%00", "/a%00.html", "/a\u0000b", "/a%0Ab", "/a%7f",
            "//etc/passwd", "/a//b", "/%2Fetc%2Fpasswd", "/%2fetc/passwd",
            "/C:/Windows/win.ini", "/c%3a%5cwindows", "/file.txt:stream",
            "/.hidden", "/.well-known/x", "/...", "/a/.git/config",
            "/%", "/%2", "/%zz", "/%C3", "/%ff", "/%c0%ae%c0%ae/x", "/%e0%80%ae", "/%٣٣"})
    void anythingThatCouldLeaveTheFolderIsRefused(String raw) {
        assertFalse(RequestPath.parse(raw).isPresent(), () -> "should be refused: " + raw);
    }

    @Test
    void nullIsRefused() {
        assertFalse(RequestPath.parse(null).isPresent());
    }

    @Test
    void redirectTargetsAreReEncoded() {
        assertEquals("/a%20b/caf%C3%A9/", parsed("/a%20b/caf%C3%A9").urlPath(true));
        assertEquals("/", parsed("/").urlPath(true));
        assertEquals("/css/x%3Fy.css", new RequestPath(List.of("css", "x?y.css"), false).urlPath(false));
    }
}
