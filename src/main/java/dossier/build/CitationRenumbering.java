package dossier.build;

import dossier.config.SiteConfig;
import dossier.diag.LineMap;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.ingest.Importer;
import dossier.markdown.AccountFields;
import dossier.markdown.AccountsFields;
import dossier.markdown.CitationFact;
import dossier.markdown.CitationGrammar;
import dossier.markdown.EventFields;
import dossier.markdown.ExcerptFact;
import dossier.markdown.FieldText;
import dossier.markdown.FigureFields;
import dossier.markdown.Locator;
import dossier.markdown.MarkdownProcessor;
import dossier.markdown.PageFields;
import dossier.markdown.ParseResult;
import dossier.markdown.ParsedPage;
import dossier.markdown.QuoteFact;
import dossier.source.Paragraph;
import dossier.source.ParagraphMap;
import dossier.text.SitePaths;
import dossier.text.TextFile;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The renumbering half of {@code import --regenerate}: when a record's paragraphs change (a run-in
 * split apart, a paragraph added), every citation of that source in every page of the site
 * (commentary, excerpt keys, the {@code source} of events, figures and accounts, ranges) is rewritten to the
 * numbers its words have now.
 *
 * Where each old paragraph went is found by comparing texts ({@link ParagraphMap}). A citation of
 * a paragraph that was split names the part that holds the words the page quotes there (the
 * excerpt, the words in quotation marks before the citation, a figure's value), or the whole run
 * of parts when it quotes nothing. Every citation of a changed source is then proven: the text of
 * the paragraphs it cites now equals the text it cited before (white space between parts aside),
 * or, for one part of a split, that part is a piece of the old paragraph and holds the quoted
 * words. A cited paragraph that was lost or is ambiguous, an excerpt that runs across a split, a
 * citation that cannot be found in the file's text, or a proof that fails is an error, and then
 * nothing is written.
 */
public final class CitationRenumbering implements Importer.CitationRewriter {
    private static final Pattern BRACKET = Pattern.compile("\\[(@[^\\]\\[]*)]");
    /** A front-matter citation written without brackets ("@key, ¶N"). */
    private static final Pattern CITED = Pattern.compile("@[^\\s,;\\]\\[\"']+\\s*,\\s*(?:¶¶?|para\\.?)\\s*\\d+(?:\\s*[-–—]\\s*¶?\\s*\\d+)?");
    private static final Pattern UNKEYED = Pattern.compile("¶¶?\\s?(\\d+)(?:[-–—]\\d+)?");

    private final java.nio.file.Path root;

    public CitationRenumbering(java.nio.file.Path siteRoot) {
        this.root = siteRoot;
    }

    /** A changed source: its paragraphs before and after, and where each went. */
    private record Changed(List<Paragraph> before, List<Paragraph> after, ParagraphMap map) {
    }

    /**
     * One citation of a changed source on a page.
     *
     * @param at        where its bracket (or front-matter value) starts
     * @param item      its place among the items of its bracket
     * @param words     what the page quotes from it there (may be empty)
     * @param excerpt   whether it is an excerpt's key
     * @param yaml      whether it is a front-matter value
     */
    private record Cite(Position at, int item, String key, Locator.Paragraphs cited, List<String> words, boolean excerpt, boolean yaml) {
    }

    /** One replacement in a page's text. */
    private record Edit(int start, int end, String text) {
    }

    @Override
    public Map<String, byte[]> rewrite(List<Importer.Renumbered> renumbered, Report report, PrintWriter out) {
        Map<String, Changed> changed = new TreeMap<>();
        for (Importer.Renumbered r : renumbered) {
            ParagraphMap map = ParagraphMap.between(texts(r.before()), texts(r.after()));
            if (map.moves()) { // texts edited in place (a hand-edited record restored) move no citation
                changed.put(r.id(), new Changed(r.before(), r.after(), map));
            }
        }
        if (changed.isEmpty()) {
            return Map.of();
        }
        SiteConfig config = SiteConfig.load(root, report);
        SiteFolders folders = SiteFolders.check(root, config, report);
        SiteFiles files = SiteFiles.discover(root, folders, report);
        if (report.hasErrors()) {
            return Map.of();
        }
        MarkdownProcessor markdown = new MarkdownProcessor();
        Map<String, byte[]> pages = new LinkedHashMap<>();
        int proven = 0;
        int moved = 0;
        int edited = 0;
        StringBuilder lines = new StringBuilder();
        for (String path : files.pages()) {
            Optional<String> read = TextFile.read(root, path, report);
            if (read.isEmpty()) {
                continue;
            }
            String text = read.get();
            if (changed.keySet().stream().noneMatch(id -> text.contains("@" + id))) {
                continue;
            }
            Report scratch = new Report();
            Optional<ParseResult> parsed = markdown.parse(path, text, scratch);
            if (parsed.isEmpty() || scratch.hasErrors()) {
                report.error("renumber-unplaced", path, Position.START, "the page cites a source whose paragraphs changed, but it"
                        + " has errors of its own, so its citations cannot all be read",
                        "run java -jar target/dossier.jar check, fix the page, then run import --regenerate again");
                continue;
            }
            LineMap lineMap = new LineMap(text);
            List<Edit> edits = new ArrayList<>();
            for (Cite cite : cites(parsed.get().page(), changed)) {
                Changed source = changed.get(cite.key());
                Optional<Locator.Paragraphs> now = renumber(cite, source, path, report);
                if (now.isEmpty()) {
                    continue;
                }
                if (editedInPlace(cite, source)) {
                    edited++;
                    continue;
                }
                if (!prove(cite, now.get(), source)) {
                    report.error("renumber-proof", path, cite.at(), "@" + cite.key() + ", " + cite.cited().label() + " would become "
                            + now.get().label() + ", but the words there are not the words it cited; nothing is rewritten");
                    continue;
                }
                proven++;
                if (now.get().equals(cite.cited())) {
                    continue;
                }
                Optional<Edit> edit = locate(text, lineMap, cite, now.get());
                if (edit.isEmpty()) {
                    report.error("renumber-unplaced", path, cite.at(), "cannot find the citation @" + cite.key() + ", " + cite.cited().label()
                            + " in the file's text to rewrite it (written with escapes or character references?)",
                            "write it as [@" + cite.key() + ", " + now.get().label() + "] by hand, then run import --regenerate again");
                    continue;
                }
                edits.add(edit.get());
                moved++;
                lines.append(path).append(':').append(cite.at().line()).append(':').append(cite.at().column()).append(": @")
                        .append(cite.key()).append(", ").append(cite.cited().label()).append(" -> ").append(now.get().label())
                        .append(reason(cite, now.get(), source)).append('\n');
            }
            unkeyed(path, text, lineMap, changed, lines);
            if (!edits.isEmpty()) {
                pages.put(path, bytes(path, apply(text, edits)));
            }
        }
        if (report.hasErrors()) {
            return Map.of();
        }
        out.print(lines);
        out.println(moved + " citation" + (moved == 1 ? "" : "s") + " renumbered in " + pages.size() + " page" + (pages.size() == 1 ? "" : "s")
                + "; " + (proven == 1 ? "the 1 citation" : "all " + proven + " citations") + " of " + String.join(", ", changed.keySet())
                + (proven == 1 ? " cites" : " cite") + " the same words as before"
                + (edited == 0 ? "" : "; " + edited + " cite" + (edited == 1 ? "s" : "") + " a paragraph whose text the regenerated record"
                + " changes in place (see the diff), under the same number"));
        return pages;
    }

    /**
     * Paragraph numbers written outside any citation ("as indirect speech (¶35)") on a page that
     * cites a changed source: they name no source, so they are not rewritten, but from the first
     * paragraph that moved on they may be stale, and are listed to be checked by hand.
     */
    private static void unkeyed(String path, String text, LineMap lines, Map<String, Changed> changed, StringBuilder out) {
        int firstMoved = Integer.MAX_VALUE;
        for (Changed c : changed.values()) {
            for (int n = 1; n <= c.map().oldCount(); n++) {
                if (!(c.map().of(n) instanceof ParagraphMap.Kept k && k.first() == n && k.last() == n)) {
                    firstMoved = Math.min(firstMoved, n);
                    break;
                }
            }
        }
        String masked = CITED.matcher(BRACKET.matcher(text).replaceAll(m -> " ".repeat(m.group().length())))
                .replaceAll(m -> " ".repeat(m.group().length()));
        Matcher m = UNKEYED.matcher(masked);
        while (m.find()) {
            if (m.group(1).length() <= 6 && Integer.parseInt(m.group(1)) >= firstMoved) {
                Position at = lines.position(m.start());
                out.append(path).append(':').append(at.line()).append(':').append(at.column()).append(": ").append(m.group())
                        .append(" is not in a citation, so it names no source and is not renumbered: check it by hand\n");
            }
        }
    }

    /** Every citation of a changed source on the page, with the words it is quoted for. */
    private static List<Cite> cites(ParsedPage page, Map<String, Changed> changed) {
        List<Cite> cites = new ArrayList<>();
        for (ExcerptFact e : page.excerpts()) {
            if (changed.containsKey(e.key()) && e.locator() instanceof Locator.Paragraphs p) {
                cites.add(new Cite(e.keyPosition(), 0, e.key(), p, e.quoteParagraphs(), true, false));
            }
        }
        Map<Integer, List<String>> quoted = new HashMap<>();
        for (QuoteFact q : page.quotes()) {
            // words followed by a run of several citations need only be in one of them: they say nothing of each
            if (q.citationOrdinals().size() == 1) {
                quoted.computeIfAbsent(q.citationOrdinals().get(0), k -> new ArrayList<>()).add(q.words());
            }
        }
        Map<Position, Integer> items = new HashMap<>();
        for (CitationFact c : page.citations()) {
            int item = items.merge(c.position(), 1, Integer::sum) - 1;
            if (changed.containsKey(c.key()) && c.locator() instanceof Locator.Paragraphs p) {
                cites.add(new Cite(c.position(), item, c.key(), p, quoted.getOrDefault(c.ordinal(), List.of()), false, false));
            }
        }
        page.fields().ifPresent(fields -> frontMatter(fields, changed, cites));
        cites.sort(Comparator.comparing(Cite::at).thenComparing(Cite::item));
        return cites;
    }

    private static void frontMatter(PageFields fields, Map<String, Changed> changed, List<Cite> cites) {
        for (EventFields event : fields.events()) {
            event.source().ifPresent(s -> yamlCite(s, List.of(), changed, cites));
            event.accounts().ifPresent(accounts -> accounts(accounts, changed, cites));
        }
        fields.accounts().ifPresent(accounts -> accounts(accounts, changed, cites));
        for (FigureFields figure : fields.figures()) {
            List<String> values = new ArrayList<>();
            figure.value().map(FieldText::value).ifPresent(values::add);
            figure.high().map(FieldText::value).ifPresent(values::add);
            figure.source().ifPresent(s -> yamlCite(s, values, changed, cites));
        }
    }

    /** An account's words are the source's, verbatim, like an excerpt's: they go where its words went. */
    private static void accounts(AccountsFields accounts, Map<String, Changed> changed, List<Cite> cites) {
        for (AccountFields account : accounts.items()) {
            account.source().ifPresent(s -> yamlCite(s, account.words(), true, changed, cites));
        }
    }

    private static void yamlCite(FieldText source, List<String> words, Map<String, Changed> changed, List<Cite> cites) {
        yamlCite(source, words, false, changed, cites);
    }

    private static void yamlCite(FieldText source, List<String> words, boolean excerpt, Map<String, Changed> changed, List<Cite> cites) {
        CitationGrammar.single(source.value()).ifPresent(item -> {
            if (changed.containsKey(item.key()) && item.locator() instanceof Locator.Paragraphs p) {
                cites.add(new Cite(source.at(), 0, item.key(), p, words, excerpt, true));
            }
        });
    }

    /** The paragraphs the citation names now; empty (reported) when no one answer can be given. */
    private static Optional<Locator.Paragraphs> renumber(Cite cite, Changed source, String path, Report report) {
        if (!stale(cite, source, path, report)) {
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        int last = 0;
        boolean split = false;
        for (int n = cite.cited().first(); n <= cite.cited().last(); n++) {
            ParagraphMap.Fate fate = source.map().of(n);
            if (fate instanceof ParagraphMap.Lost lost) {
                report.error("renumber-lost", path, cite.at(), "¶" + n + " of " + cite.key() + ", cited here, has no counterpart in the"
                        + " regenerated record: " + lost.why(),
                        "cite the paragraph that now holds the words by hand (see the record's diff above), then run import --regenerate again");
                return Optional.empty();
            }
            if (fate instanceof ParagraphMap.Ambiguous ambiguous) {
                report.error("renumber-ambiguous", path, cite.at(), "¶" + n + " of " + cite.key() + ", cited here, cannot be given a new"
                        + " number: " + ambiguous.why(),
                        "cite the paragraph you mean by hand, then run import --regenerate again");
                return Optional.empty();
            }
            if (fate instanceof ParagraphMap.Edited edited && edited.number() == n) {
                first = Math.min(first, n); // edited in place (a hand-edited record restored): the number stands
                last = Math.max(last, n);
                continue;
            }
            if (fate instanceof ParagraphMap.Edited edited) {
                report.error("renumber-lost", path, cite.at(), "¶" + n + " of " + cite.key() + ", cited here, has no counterpart in the"
                        + " regenerated record: its text changed, and the paragraphs around it moved (it would be ¶" + edited.number() + ")",
                        "cite the paragraph that now holds the words by hand (see the record's diff above), then run import --regenerate again");
                return Optional.empty();
            }
            ParagraphMap.Kept kept = (ParagraphMap.Kept) fate;
            first = Math.min(first, kept.first());
            last = Math.max(last, kept.last());
            split |= kept.isSplit();
        }
        if (!split) {
            return Optional.of(new Locator.Paragraphs(first, last));
        }
        if (cite.cited().isRange()) {
            if (cite.excerpt()) {
                report.error("renumber-split", path, cite.at(), "the excerpt @" + cite.key() + ", " + cite.cited().label()
                        + " quotes a paragraph that is now several (¶" + first + "–" + last + "): its quote needs new paragraph breaks",
                        "break the quote with a line holding only '>' where the source's paragraphs now break, cite the new range, "
                                + "then run import --regenerate again");
                return Optional.empty();
            }
            return Optional.of(new Locator.Paragraphs(first, last));
        }
        String old = ParagraphMap.key(source.before().get(cite.cited().first() - 1).text());
        List<String> words = cite.words().stream().map(ParagraphMap::key).filter(w -> !w.isEmpty()).toList();
        boolean quotesOld = !words.isEmpty() && words.stream().allMatch(old::contains);
        if (quotesOld) {
            for (int n = first; n <= last; n++) {
                String part = ParagraphMap.key(source.after().get(n - 1).text()).replace(",", "");
                String whole = ParagraphMap.key(source.after().get(n - 1).text());
                if (words.stream().allMatch(w -> whole.contains(w) || part.contains(w))) {
                    return Optional.of(new Locator.Paragraphs(n, n));
                }
            }
        }
        if (cite.excerpt()) {
            report.error("renumber-split", path, cite.at(), "the excerpt @" + cite.key() + ", " + cite.cited().label()
                    + (quotesOld ? " runs across the place where that paragraph is now split (¶" + first + "–" + last + ")"
                    : " is not in that paragraph as the record had it, so which part it quotes cannot be told"),
                    quotesOld ? "break the quote with a line holding only '>' at the split and cite ¶" + first + "–" + last
                            + ", then run import --regenerate again" : "run java -jar target/dossier.jar check and fix the excerpt first");
            return Optional.empty();
        }
        return Optional.of(new Locator.Paragraphs(first, last));
    }

    /**
     * Whether the words the page quotes at the citation are where the record on disk has them:
     * words that are not in the cited paragraphs as they were, but are in the paragraphs of the same
     * numbers in the new record, mean the page is numbered for the new record already (renumbering
     * it again would move it on), and an excerpt must be in its paragraph before it can be followed.
     */
    private static boolean stale(Cite cite, Changed source, String path, Report report) {
        List<String> words = cite.words().stream().map(ParagraphMap::key).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || cite.cited().last() > source.before().size()) {
            return true;
        }
        String old = joined(source.before(), cite.cited());
        if (words.stream().allMatch(w -> old.contains(w) || old.replace(",", "").contains(w))) {
            return true;
        }
        String same = cite.cited().last() <= source.after().size() ? joined(source.after(), cite.cited()) : "";
        boolean renumbered = words.stream().allMatch(w -> same.contains(w) || same.replace(",", "").contains(w));
        if (renumbered || cite.excerpt()) {
            String what = (cite.excerpt() ? "the excerpt at @" : "the words quoted at @") + cite.key() + ", " + cite.cited().label();
            String verb = cite.excerpt() ? " is" : " are";
            report.error("renumber-unplaced", path, cite.at(), what + (renumbered
                            ? verb + " in " + cite.cited().label() + " of the regenerated record, not of the record as it was: the page seems"
                            + " to be numbered for the new record already"
                            : verb + " not in " + cite.cited().label() + " of the record as it was, so where the citation went cannot be told"),
                    renumbered ? "renumber only pages written against the record on disk; correct this citation by hand"
                            : "run java -jar target/dossier.jar check and fix the excerpt first");
            return false;
        }
        return true;
    }

    private static boolean editedInPlace(Cite cite, Changed source) {
        for (int n = cite.cited().first(); n <= cite.cited().last(); n++) {
            if (source.map().of(n) instanceof ParagraphMap.Edited) {
                return true;
            }
        }
        return false;
    }

    /** The proof: the new citation names the same words (all of them, or the part that holds what the page quotes). */
    private static boolean prove(Cite cite, Locator.Paragraphs now, Changed source) {
        if (now.last() > source.after().size() || cite.cited().last() > source.before().size()) {
            return false;
        }
        String before = joined(source.before(), cite.cited());
        String after = joined(source.after(), now);
        if (before.equals(after)) {
            return true;
        }
        // one part of a split paragraph: a piece of what was cited, holding every quoted word
        List<String> words = cite.words().stream().map(ParagraphMap::key).filter(w -> !w.isEmpty()).toList();
        return !cite.cited().isRange() && !now.isRange() && !words.isEmpty() && before.contains(after)
                && words.stream().allMatch(w -> after.contains(w) || after.replace(",", "").contains(w));
    }

    private static String joined(List<Paragraph> paragraphs, Locator.Paragraphs range) {
        StringBuilder text = new StringBuilder();
        for (int n = range.first(); n <= range.last(); n++) {
            text.append(ParagraphMap.key(paragraphs.get(n - 1).text()));
        }
        return text.toString();
    }

    private static String reason(Cite cite, Locator.Paragraphs now, Changed source) {
        boolean wasSplit = !cite.cited().isRange() && source.map().of(cite.cited().first()) instanceof ParagraphMap.Kept k && k.isSplit();
        if (!wasSplit) {
            return "";
        }
        if (now.isRange()) {
            return " (¶" + cite.cited().first() + " is now " + now.label() + "; the citation quotes none of its words, so it cites them all)";
        }
        String words = cite.words().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
        return " (¶" + cite.cited().first() + " was split; " + words + " " + (cite.words().size() == 1 ? "is" : "are") + " in " + now.label() + ")";
    }

    /** Where the citation's locator stands in the file's text, and what replaces it. */
    private static Optional<Edit> locate(String text, LineMap lines, Cite cite, Locator.Paragraphs now) {
        int offset = lines.lineStart(cite.at().line()) + cite.at().column() - 1;
        if (offset < 0 || offset >= text.length()) {
            return Optional.empty();
        }
        if (cite.yaml()) {
            int lineEnd = text.indexOf('\n', offset);
            Matcher m = Pattern.compile("@" + Pattern.quote(cite.key()) + "\\s*,\\s*([^\\]\"'\\n;]*)")
                    .matcher(text).region(offset, lineEnd < 0 ? text.length() : lineEnd);
            return m.find() ? edit(text, m.start(1), m.end(1), cite, now) : Optional.empty();
        }
        Matcher m = BRACKET.matcher(text).region(offset, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int start = m.start(1);
        String[] items = m.group(1).split(";", -1);
        if (cite.item() >= items.length) {
            return Optional.empty();
        }
        for (int i = 0; i < cite.item(); i++) {
            start += items[i].length() + 1;
        }
        String item = items[cite.item()];
        int comma = item.indexOf(',');
        return comma < 0 ? Optional.empty() : edit(text, start + comma + 1, start + item.length(), cite, now);
    }

    /** Replaces the locator between {@code start} and {@code end} (white space around it kept), if it reads as the cited one. */
    private static Optional<Edit> edit(String text, int start, int end, Cite cite, Locator.Paragraphs now) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (!CitationGrammar.locator(text.substring(start, end)).equals(cite.cited())) {
            return Optional.empty();
        }
        return Optional.of(new Edit(start, end, now.label()));
    }

    private static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(e -> out.replace(e.start(), e.end(), e.text()));
        return out.toString();
    }

    /** The page's new bytes, keeping a byte-order mark and CRLF line ends where the file had them. */
    private byte[] bytes(String path, String text) {
        byte[] original = SitePaths.readBytes(root.resolve(path), path, Position.START, new Report()).orElse(new byte[0]);
        boolean bom = original.length >= 3 && (original[0] & 0xff) == 0xEF && (original[1] & 0xff) == 0xBB && (original[2] & 0xff) == 0xBF;
        boolean crlf = new String(original, StandardCharsets.UTF_8).contains("\r\n");
        String written = crlf ? text.replace("\n", "\r\n") : text;
        return ((bom ? "\uFEFF" : "") + written).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }
}
