package dossier.config;

import dossier.diag.Codes;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Suggestions;
import dossier.text.ControlCharacters;
import dossier.text.TextFile;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dossier's own settings from {@code jbake.properties} (JBake reads the same file for its
 * template mapping). Immutable; defaults apply to whatever the file leaves out.
 *
 * @param baseUrl the absolute address the site is published at, ending in "/"; null when not
 *                configured (then nothing absolute is written: no canonical links, no sitemap)
 * @param id      a stable tagging entity ("authority,date" as in RFC 4151) for tag: URIs, used as
 *                Atom ids when there is no base URL
 * @param settings every key of the file as written, for the JBake adapter (template mapping, folders),
 *                so that the file is read once per build
 */
public record SiteConfig(String title, String description, String language, Set<String> suppressedWarnings,
                         String baseUrl, String id, Map<String, String> settings, Map<String, Position> settingPositions) {
    public static final String FILE = "jbake.properties";
    /** RFC 4151 taggingEntity: a DNS name or e-mail address, a comma, and a date. */
    private static final Pattern TAGGING_ENTITY = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(@[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)?,\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** Fixed so that default ids never change with the calendar. */
    private static final String DEFAULT_ID_YEAR = "2026";

    public static SiteConfig defaults() {
        return new SiteConfig("Dossier", "", "en", Set.of(), null, defaultId("Dossier"), Map.of(), Map.of());
    }

    public static SiteConfig load(Path siteRoot, Report report) {
        if (!Files.exists(siteRoot.resolve(FILE), LinkOption.NOFOLLOW_LINKS)) {
            return defaults();
        }
        // read as every content file is: UTF-8 or an error at the first bad byte, line ends normalised
        // the site's title and description reach every page: no control characters either
        Optional<PropertiesFile> parsed = TextFile.read(siteRoot, FILE, report)
                .map(text -> ControlCharacters.check(text, FILE, report))
                .flatMap(text -> PropertiesFile.parse(FILE, text, report));
        if (parsed.isEmpty()) {
            return defaults();
        }
        PropertiesFile file = parsed.get();
        SettingRules.check(file, report);
        Map<String, String> properties = file.values();
        SiteConfig d = defaults();
        String title = properties.getOrDefault("site.title", d.title()).trim();
        return new SiteConfig(
                title,
                properties.getOrDefault("site.description", d.description()).trim(),
                properties.getOrDefault("site.language", d.language()).trim(),
                suppressed(properties.getOrDefault("dossier.suppress", ""), file, report),
                baseUrl(properties.getOrDefault("site.baseurl", "").trim(), file, report),
                id(properties.getOrDefault("site.id", "").trim(), title, file, report),
                Map.copyOf(properties),
                properties.keySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k, file::valueAt)));
    }

    /** Where a setting's value stands in jbake.properties (the line whose value is used), for diagnostics about it. */
    public Position position(String key) {
        return settingPositions.getOrDefault(key, Position.START);
    }

    /** The absolute address of a site-relative path ("articles/a.html"), when a base URL is configured. */
    public Optional<String> absoluteUrl(String path) {
        if (baseUrl == null) {
            return Optional.empty();
        }
        // index.html is what a server answers for its folder: the folder's address is the canonical one
        String clean = path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        try {
            return Optional.of(baseUrl + new URI(null, null, clean, null).toASCIIString()); // spaces, non-ASCII: percent-encoded
        } catch (URISyntaxException e) {
            return Optional.of(baseUrl + clean);
        }
    }

    /**
     * "uncited-source, draft" → the set of warning codes not to report. A code the catalogue does
     * not know (a typo would silently silence nothing) and an error's code (errors always fail the
     * build) are reported where they stand and left out.
     */
    private static Set<String> suppressed(String list, PropertiesFile file, Report report) {
        if (list.isBlank()) {
            return Set.of(); // most sites suppress nothing: the catalogue is not read on their every bake
        }
        Codes catalogue = Codes.catalogue();
        Set<String> codes = new java.util.TreeSet<>();
        for (String code : Arrays.stream(list.split("[,\\s]+")).map(String::strip).filter(c -> !c.isEmpty()).toList()) {
            Optional<Codes.Entry> entry = catalogue.find(code);
            if (entry.isEmpty()) {
                report.error("suppress-unknown", FILE, file.wordAt("dossier.suppress", code),
                        "dossier.suppress names '" + code + "', which is not a diagnostic code" + Suggestions.didYouMean(code, catalogue.codes()),
                        "'dossier explain' lists the codes");
            } else if (!entry.get().canBeSilenced()) {
                report.error("suppress-error", FILE, file.wordAt("dossier.suppress", code),
                        "dossier.suppress names '" + code + "', an error: errors cannot be silenced, only warnings",
                        "fix what it reports instead ('dossier explain " + code + "' says how), and remove it from dossier.suppress");
            } else {
                codes.add(code);
            }
        }
        return Set.copyOf(codes);
    }

    /** An absolute http(s) address without query or fragment, normalised to end in "/"; null (after a diagnostic) otherwise. */
    private static String baseUrl(String value, PropertiesFile file, Report report) {
        if (value.isEmpty()) {
            return null;
        }
        String problem;
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problem = "it must start with https:// or http://";
            } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
                problem = "it has no host name";
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem = "it must not have a query (?…) or a fragment (#…)";
            } else if (uri.getRawUserInfo() != null) {
                problem = "it must not hold a user name or password";
            } else {
                return value.endsWith("/") ? value : value + "/";
            }
        } catch (URISyntaxException e) {
            problem = e.getReason();
        }
        report.error("bad-baseurl", FILE, file.valueAt("site.baseurl"),
                "site.baseurl '" + value + "' is not an absolute web address: " + problem,
                "write the address the site is published at, such as https://example.org/dossier/");
        return null;
    }

    private static String id(String value, String title, PropertiesFile file, Report report) {
        if (value.isEmpty()) {
            return defaultId(title);
        }
        if (!TAGGING_ENTITY.matcher(value).matches()) {
            report.error("bad-site-id", FILE, file.valueAt("site.id"),
                    "site.id '" + value + "' must be a domain name or e-mail address, a comma and a date, such as example.org,2026",
                    "it names the site in tag: URIs (the ids of feed entries); once published, never change it");
            return defaultId(title);
        }
        return value;
    }

    /** The title as a DNS-like label ("south-korea-between-the-us-china-and-japan,2026"). */
    private static String defaultId(String title) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "dossier" : slug) + "," + DEFAULT_ID_YEAR;
    }
}
