package dossier.cli;

import dossier.build.CitationRenumbering;
import dossier.diag.Report;
import dossier.ingest.Importer;
import dossier.ingest.Supplied;
import dossier.source.PartialDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar import article.html --date 2024-03"},
        description = {"Archive raw article files (plain text, text with a metadata header, WordPress JSON, saved web pages)",
                "as sources: a byte-identical copy, a source record with numbered paragraphs and metadata provenance,",
                "and a draft article page. Promos and appended stories are kept but marked excluded.",
                "Metadata the file does not state can be supplied with the options below (recorded as supplied);"
                        + " importing a file again with them updates its manifest entry and regenerates its record."})
class ImportCommand implements Callable<Integer> {

    /** {@code new source FILE}: the same as import; a source is always scaffolded from its archived file. */
    @Command(name = "source", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar new source article.txt --publisher \"Korea Pro\""},
            description = "Archive a raw article file as a new source (the same as 'import'): record, archive and draft article page.")
    static final class NewSource extends ImportCommand {
    }

    @Mixin
    SiteOptions site;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to import.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--regenerate", description = "Rebuild every source record from its archived file and content/import-manifest.yml."
            + " When a record's paragraphs change (one split in two, one added), every citation of it in content/ is"
            + " renumbered to where its words are now, and proven to cite the same words; a cited paragraph that was"
            + " lost or is ambiguous is reported and nothing is written. Running it again changes nothing.")
    boolean regenerate;

    @Option(names = "--dry-run", description = "With --regenerate: print the diff of every record and the citations that would change, and write nothing.")
    boolean dryRun;

    @Option(names = "--id", paramLabel = "ID", description = "Source id (default: publisher-year-keywords such as gt-2022-chip4-dilemma, at most 24 characters,"
            + " from what the file states and the options give; a taken one gets -2, -3...).")
    String id;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--publisher", paramLabel = "NAME")
    String publisher;

    @Option(names = "--author", paramLabel = "NAME")
    String author;

    @Option(names = "--url", paramLabel = "URL")
    String url;

    @Option(names = "--date", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
    String date;

    @Option(names = "--language", paramLabel = "CODE", description = "e.g. en")
    String language;

    @Option(names = "--note", paramLabel = "TEXT", description = "Where the supplied values come from (recorded with each).")
    String note;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        site.existingRoot(spec.commandLine());
        if (dryRun && !regenerate) {
            throw usage("--dry-run goes with --regenerate");
        }
        if (regenerate == !files.isEmpty()) {
            throw usage(regenerate ? "--regenerate takes no files" : "name the files to import, or use --regenerate");
        }
        Supplied supplied = supplied();
        if (supplied.id() != null && files.size() > 1) {
            throw usage("--id names one source: import one file at a time with it");
        }
        Report report = new Report();
        Importer importer = new Importer(site.root(), report, spec.commandLine().getOut());
        if (regenerate) {
            Importer.Regenerated result = importer.regenerate(dryRun, new CitationRenumbering(site.root()));
            if (!report.hasErrors()) {
                spec.commandLine().getOut().println(summary(result));
            }
        } else {
            importer.importFiles(files.stream().map(f -> new Importer.Input(f.toAbsolutePath(), f.toString().replace('\\', '/'))).toList(),
                    supplied);
        }
        DiagnosticPrinter.print(report, spec.commandLine().getErr());
        if (report.hasErrors()) {
            String command = spec.qualifiedName().replaceFirst("^dossier ", ""); // "import" or "new source"
            spec.commandLine().getErr().println(command + (regenerate ? " --regenerate" : "") + " failed: nothing was written");
            return Main.CONTENT_ERRORS;
        }
        // the records written point editors to the schemas
        return dryRun ? Main.OK : NewCommand.writeSchemas(spec, site.root());
    }

    /** "5 source records unchanged", or "1 source record regenerated, 4 unchanged" (or "would be regenerated"). */
    private String summary(Importer.Regenerated result) {
        if (result.changed() == 0) {
            return result.unchanged() + " source record" + (result.unchanged() == 1 ? "" : "s") + " unchanged";
        }
        return result.changed() + " source record" + (result.changed() == 1 ? "" : "s")
                + (dryRun ? " would be regenerated, " : " regenerated, ") + result.unchanged() + " unchanged";
    }

    private Supplied supplied() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "title", title);
        put(fields, "publisher", publisher);
        put(fields, "author", author);
        put(fields, "url", url);
        put(fields, "date", date);
        put(fields, "language", language);
        if (date != null && PartialDate.parse(date).isEmpty()) {
            throw usage("--date must be YYYY, YYYY-MM or YYYY-MM-DD, found '" + date + "'");
        }
        if (url != null && !url.matches("https?://\\S+")) {
            throw usage("--url must start with http:// or https://, found '" + url + "'");
        }
        if (regenerate && (!fields.isEmpty() || id != null)) {
            throw usage("--regenerate takes its metadata from content/import-manifest.yml, not from options");
        }
        return new Supplied(id, fields, note);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
