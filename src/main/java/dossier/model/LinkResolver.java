package dossier.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one reading of a link on a page: the link check, backlinks and the renderer all ask here, so
 * that a link that passes the check is the link that is drawn and counted. Relative paths are
 * percent-decoded ("trade%2Dstatus.html" is "trade-status.html"), and a link to a page's Markdown
 * file ("2023-04-japan-whitelist.md", as GitHub and Obsidian write them) leads to its page.
 */
public final class LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<String, Page> byUri = new HashMap<>();
    private final Map<String, Page> byMarkdownFile = new HashMap<>();
    private final Set<String> files;

    /**
     * @param pages every page of the build, published or not
     * @param files every path the bake writes or copies, relative to the output root
     */
    public LinkResolver(List<Page> pages, Set<String> files) {
        for (Page page : pages) {
            byUri.put(page.uri(), page);
            byMarkdownFile.put(page.path().substring(page.path().indexOf('/') + 1), page);
        }
        this.files = Set.copyOf(files);
    }

    public LinkTarget resolve(String fromUri, String url) {
        String link = url.strip();
        if (link.isEmpty()) {
            return new LinkTarget.SamePage(null);
        }
        if (link.startsWith("#")) {
            return new LinkTarget.SamePage(link.substring(1));
        }
        if (SCHEME.matcher(link).find()) {
            return new LinkTarget.External();
        }
        if (link.startsWith("/")) {
            return new LinkTarget.RootRelative();
        }
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? null : link.substring(hash + 1);
        // most links have neither a query nor a fragment: no regular expression run to cut them off
        String path = hash < 0 && link.indexOf('?') < 0 ? link : link.replaceFirst("[?#].*$", "");
        if (path.isEmpty()) {
            return new LinkTarget.SamePage(fragment);
        }
        Optional<String> resolved = sitePath(fromUri, path);
        if (resolved.isEmpty()) {
            return new LinkTarget.OutsideSite();
        }
        String target = resolved.get();
        Page page = byUri.get(target);
        if (page == null && target.endsWith(".md")) {
            page = byMarkdownFile.get(target);
            String html = target.substring(0, target.length() - ".md".length()) + ".html";
            if (page != null) {
                target = page.uri();
            } else if (files.contains(html)) {
                target = html; // a page file that did not parse: its own errors say why, the link is not broken
            }
        }
        return new LinkTarget.InSite(target, fragment, Optional.ofNullable(page), files.contains(target));
    }

    /** The path relative to the site root, decoded; empty if it leaves the site or is not a path. */
    private static Optional<String> sitePath(String fromUri, String path) {
        try {
            // "my%20chart.png" names the file "my chart.png": decode first, the URI constructor re-encodes
            String decoded = path.indexOf('%') < 0 ? path : URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            String resolved = URI.create("site:/" + fromUri).resolve(new URI(null, null, decoded, null)).getPath();
            return resolved.startsWith("/") && !resolved.startsWith("/..") ? Optional.of(resolved.substring(1)) : Optional.empty();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return Optional.empty();
        }
    }
}
