package dossier.check;

import dossier.diag.Report;
import dossier.markdown.LinkFact;
import dossier.model.Dossier;
import dossier.model.Page;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every relative link in a page must reach a file of the site, and no link may be root-relative:
 * "/x" breaks when the dossier is hosted under a path or opened from file://.
 */
final class InternalLinksCheck implements Check {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Override
    public void run(Dossier dossier, Report report) {
        Set<String> targets = dossier.linkTargets();
        for (Page page : dossier.pages()) {
            for (LinkFact link : page.parsed().links()) {
                String url = link.url().strip();
                if (url.isEmpty() || url.startsWith("#") || SCHEME.matcher(url).find()) {
                    continue;
                }
                if (url.startsWith("/")) {
                    report.error("absolute-link", page.path(), link.position(),
                            "link '" + url + "' starts with '/': it breaks under a base path and from file://; use a relative link");
                    continue;
                }
                String target = resolve(page.uri(), url);
                if (target == null || !targets.contains(target)) {
                    report.error("broken-link", page.path(), link.position(),
                            "link '" + url + "' leads to no page of the site" + (target == null ? "" : " (" + target + ")"));
                }
            }
        }
    }

    /** The link's target relative to the site root, without fragment or query; null if it leaves the site. */
    static String resolve(String fromUri, String url) {
        String path = url.replaceFirst("[?#].*$", "");
        if (path.isEmpty()) {
            return fromUri;
        }
        try {
            URI base = URI.create("site:/" + fromUri);
            // "my%20chart.png" names the file "my chart.png": decode first, the URI constructor re-encodes
            String decoded = path.indexOf('%') < 0 ? path : URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            String resolved = base.resolve(new URI(null, null, decoded, null)).getPath();
            return resolved.startsWith("/") && !resolved.startsWith("/..") ? resolved.substring(1) : null;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }
}
