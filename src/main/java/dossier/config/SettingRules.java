package dossier.config;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.diag.Suggestions;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which settings a site may write in jbake.properties, and what values they may take, checked up
 * front so that a bad one is reported once, at its line, naming it, rather than as a failure of
 * every page later. Settings the pipeline depends on throughout (where content lives, the output
 * extension every link is built with, the encoding every file is written in) are fixed: they may be
 * written, for JBake's sake, with their one value only. A key Dossier does not read is an error,
 * since a misspelt setting would otherwise silently do nothing.
 */
final class SettingRules {
    /** The page types that have a template (JBake's template.TYPE.file). */
    static final List<String> TEMPLATE_TYPES = List.of("home", "article", "source", "page", "entity", "entities",
            "tag", "tags", "timeline", "figures", "graph", "corrections", "search");
    /** A relative path of plain names: no absolute path, no "." or "..", nothing a shell or URL would read differently. */
    private static final Pattern RELATIVE = Pattern.compile("(?!\\.{1,2}(/|$))[A-Za-z0-9_-][A-Za-z0-9._-]*(/(?!\\.{1,2}(/|$))[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    /** BCP 47 as HTML's lang attribute wants it: a language and optional subtags. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** A rule: empty when the value is fine, else what is wrong with it. */
    private interface Rule extends Function<String, Optional<String>> {
    }

    private static final Map<String, Rule> RULES = rules();

    private SettingRules() {
    }

    /** Every setting Dossier reads, for the messages and the catalogue. */
    static Set<String> known() {
        return RULES.keySet();
    }

    /** Reports unknown settings, bad values (at the value whose line wins) and repeated keys. */
    static void check(PropertiesFile file, Report report) {
        Map<String, PropertiesFile.Entry> last = new TreeMap<>();
        for (PropertiesFile.Entry entry : file.entries()) {
            PropertiesFile.Entry earlier = last.put(entry.key(), entry);
            if (earlier != null) {
                report.add(new Diagnostic("setting-repeated", Severity.WARNING, file.name(), earlier.keyAt(),
                        "'" + entry.key() + "' is set again on line " + entry.keyAt().line() + ", whose value is used: this line has no effect", null));
            }
        }
        for (PropertiesFile.Entry entry : last.values()) {
            Rule rule = RULES.get(entry.key());
            if (rule == null) {
                report.error("setting-unknown", file.name(), entry.keyAt(),
                        "unknown setting '" + entry.key() + "'" + Suggestions.didYouMean(entry.key(), RULES.keySet()),
                        "Dossier reads only the settings 'dossier explain setting-unknown' lists; remove it or correct its name");
                continue;
            }
            rule.apply(entry.value()).ifPresent(problem -> report.error("setting-value", file.name(), entry.valueAt(),
                    entry.key() + " '" + entry.value() + "' " + problem));
        }
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new TreeMap<>();
        Rule text = v -> Optional.empty();
        // site.id, site.baseurl and dossier.suppress are checked where SiteConfig reads them
        for (String free : List.of("site.title", "site.description", "site.id", "site.baseurl", "dossier.suppress")) {
            rules.put(free, text);
        }
        rules.put("site.language", v -> LANGUAGE.matcher(v.strip()).matches() ? Optional.empty()
                : Optional.of("is not a language tag such as en, ko or pt-BR"));
        for (String type : TEMPLATE_TYPES) {
            rules.put("template." + type + ".file", v -> RELATIVE.matcher(v.strip()).matches() && v.strip().endsWith(".ftl") ? Optional.empty()
                    : Optional.of("must be a Freemarker template file inside the templates folder, such as " + type + ".ftl"));
        }
        // known, and resolved with symbolic links followed by build.SiteFolders, which says where one leads out
        rules.put("template.folder", v -> Optional.empty());
        rules.put("asset.folder", v -> Optional.empty());
        rules.put("content.folder", fixed("content", "every page, record and link is found under content/"));
        rules.put("output.extension", fixed(".html", "every link between pages is built with it"));
        rules.put("render.encoding", encoding());
        rules.put("template.encoding", encoding());
        rules.put("asset.ignore", v -> v.strip().equals("true") || v.strip().equals("false") ? Optional.empty()
                : Optional.of("must be true or false"));
        return Map.copyOf(rules);
    }

    private static Rule fixed(String value, String why) {
        return v -> v.strip().equals(value) ? Optional.empty()
                : Optional.of("cannot be changed: it must be '" + value + "' (" + why + "); remove the line or write " + value);
    }

    /** UTF-8 under any of its names: every file Dossier reads and writes is UTF-8. */
    private static Rule encoding() {
        return v -> {
            try {
                if (Charset.forName(v.strip()).equals(StandardCharsets.UTF_8)) {
                    return Optional.empty();
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return Optional.of("is not an encoding, and cannot be changed: it must be UTF-8 (every file Dossier reads and writes is UTF-8)");
            }
            return Optional.of("cannot be changed: it must be UTF-8 (every file Dossier reads and writes is UTF-8)");
        };
    }
}
