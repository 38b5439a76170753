package dossier.markdown;

import dossier.diag.Report;
import dossier.yaml.FieldReader;
import dossier.yaml.YamlNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page's front matter into {@link PageFields}, reporting every mistyped value. What is
 * required or allowed for a kind of page is the model's question; events and figures have the
 * same fields on every page, so they are checked here.
 */
final class FrontMatterReader {
    /** The fields each list item may have; the editor schemas declare the same (FrontMatterSchemaTest). */
    static final Set<String> EVENT_FIELDS = Set.of("date", "text", "source", "note", "accounts");
    static final Set<String> ACCOUNT_FIELDS = Set.of("source", "words", "speaker", "via", "omits");
    static final Set<String> CORRECTION_FIELDS = Set.of("date", "what", "why");
    static final Set<String> FIGURE_FIELDS = Set.of("value", "value_high", "unit", "measures", "as_of", "per", "chart", "source");

    private FrontMatterReader() {
    }

    static PageFields read(YamlNode.Mapping mapping, String path, Report report) {
        FieldReader fields = new FieldReader(mapping, path, report, "front matter");
        Set<String> present = new HashSet<>();
        mapping.entries().keySet().stream().filter(fields::has).forEach(present::add);
        return new PageFields(mapping.position(), mapping.keyPositions(), present,
                text(fields, "title"), text(fields, "type"), text(fields, "nav"), text(fields, "summary"),
                text(fields, "source"), text(fields, "kind"), fields.flag("draft", false),
                list(fields, "tags"), list(fields, "aliases"), events(fields), figures(fields), corrections(fields),
                accounts(fields), mapping.keyEnds());
    }

    private static Optional<FieldText> text(FieldReader fields, String key) {
        return fields.optional(key).map(value -> new FieldText(value, fields.position(key), fields.valueText(key)));
    }

    private static FieldList list(FieldReader fields, String key) {
        return new FieldList(fields.list(key), fields.position(key));
    }

    private static List<EventFields> events(FieldReader page) {
        List<EventFields> events = new ArrayList<>();
        for (FieldReader event : page.mappings("events")) {
            event.rejectUnknown(EVENT_FIELDS);
            Optional<FieldText> date = required(event, "date");
            Optional<FieldText> text = required(event, "text");
            Optional<FieldText> source = required(event, "source");
            events.add(new EventFields(event.position(), date, text, source, text(event, "note"), accounts(event)));
        }
        return events;
    }

    /** An {@code accounts} list, if the key is written: each item a source's words and our notes on them. */
    private static Optional<AccountsFields> accounts(FieldReader parent) {
        if (!parent.has("accounts")) {
            return Optional.empty();
        }
        List<AccountFields> accounts = new ArrayList<>();
        for (FieldReader account : parent.mappings("accounts")) {
            account.rejectUnknown(ACCOUNT_FIELDS);
            Optional<FieldText> source = required(account, "source");
            List<String> words = account.requiredList("words");
            accounts.add(new AccountFields(account.position(), source, words, account.position("words"), text(account, "speaker"),
                    text(account, "via"), text(account, "omits")));
        }
        return Optional.of(new AccountsFields(parent.keyPosition("accounts"), accounts));
    }

    private static List<CorrectionFields> corrections(FieldReader page) {
        List<CorrectionFields> corrections = new ArrayList<>();
        for (FieldReader correction : page.mappings("corrections")) {
            correction.rejectUnknown(CORRECTION_FIELDS);
            corrections.add(new CorrectionFields(correction.position(), required(correction, "date"), required(correction, "what"),
                    required(correction, "why")));
        }
        return corrections;
    }

    private static List<FigureFields> figures(FieldReader page) {
        List<FigureFields> figures = new ArrayList<>();
        for (FieldReader figure : page.mappings("figures")) {
            figure.rejectUnknown(FIGURE_FIELDS);
            Optional<FieldText> value = required(figure, "value");
            Optional<FieldText> high = text(figure, "value_high");
            Optional<FieldText> unit = required(figure, "unit");
            Optional<FieldText> measures = required(figure, "measures");
            Optional<FieldText> asOf = text(figure, "as_of");
            Optional<FieldText> per = nonBlank(figure, "per");
            Optional<FieldText> chart = nonBlank(figure, "chart");
            Optional<FieldText> source = required(figure, "source");
            figures.add(new FigureFields(figure.position(), value, high, unit, measures, asOf, per, chart, source));
        }
        return figures;
    }

    private static Optional<FieldText> nonBlank(FieldReader fields, String key) {
        return fields.optionalNonBlank(key).map(value -> new FieldText(value, fields.position(key), fields.valueText(key)));
    }

    private static Optional<FieldText> required(FieldReader fields, String key) {
        return fields.required(key).map(value -> new FieldText(value, fields.position(key), fields.valueText(key)));
    }
}
