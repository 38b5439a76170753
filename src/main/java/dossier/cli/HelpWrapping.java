package dossier.cli;

import picocli.CommandLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Help text wrapped at the terminal's width at spaces only. picocli wraps with the JDK's line
 * break rules, which break "jbake.properties" after its dot and "file=…,line=…" after a comma;
 * so every section is rendered unwrapped and wrapped here, a continuation indented as picocli
 * would (an option's description under its column, the synopsis under its first option). A word
 * longer than the line is left whole.
 */
final class HelpWrapping {
    /** Wide enough that picocli wraps nothing. */
    private static final int UNWRAPPED = 10_000;

    private HelpWrapping() {
    }

    /** The terminal's width as picocli finds it (80 when there is none). */
    static int terminalWidth(CommandLine cli) {
        cli.setUsageHelpAutoWidth(true);
        return cli.getCommandSpec().usageMessage().width();
    }

    /** Wraps the help of {@code cli} and of all its subcommands at {@code width} columns. */
    static void apply(CommandLine cli, int width) {
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.autoWidth(false);
        usage.width(UNWRAPPED);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>();
        cli.getHelpSectionMap().forEach((key, renderer) -> {
            CommandLine.IHelpSectionRenderer original = renderer instanceof Wrapped w ? w.original() : renderer;
            sections.put(key, new Wrapped(key, original, width));
        });
        cli.setHelpSectionMap(sections);
        cli.getSubcommands().values().forEach(sub -> apply(sub, width));
    }

    private record Wrapped(String key, CommandLine.IHelpSectionRenderer original, int width) implements CommandLine.IHelpSectionRenderer {
        @Override
        public String render(CommandLine.Help help) {
            String text = original.render(help);
            if (text == null || text.isEmpty()) {
                return text;
            }
            // the synopsis follows its heading ("Usage: ") on the same line: wrapped together
            String heading = key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS) ? help.synopsisHeading() : "";
            String joined = heading + text;
            StringBuilder out = new StringBuilder(joined.length() + 64);
            String[] lines = joined.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                out.append(i > 0 ? "\n" : "").append(String.join("\n", wrap(lines[i], width, indent(lines[i], heading, help))));
            }
            return out.substring(heading.length());
        }

        /** Where a continuation line starts. */
        private int indent(String line, String heading, CommandLine.Help help) {
            int leading = leading(line);
            if (key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
                String head = heading + help.commandSpec().qualifiedName() + " ";
                return line.startsWith(head) ? head.length() : leading;
            }
            if (key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST)
                    || key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST)
                    || key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST)) {
                int gap = line.indexOf("  ", leading);
                if (gap > 0) {
                    int column = gap;
                    while (column < line.length() && line.charAt(column) == ' ') {
                        column++;
                    }
                    return column < line.length() ? column : leading;
                }
            }
            return leading;
        }
    }

    private static int leading(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The line cut at spaces into lines of at most {@code width} columns, continuations indented by {@code indent}. */
    static List<String> wrap(String line, int width, int indent) {
        List<String> lines = new ArrayList<>();
        String rest = line;
        String pad = " ".repeat(Math.min(indent, width / 2));
        boolean first = true;
        while (rest.length() > width) {
            int from = first ? Math.max(leading(rest), Math.min(indent, rest.length())) : pad.length();
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= from) {
                cut = rest.indexOf(' ', width); // one word longer than the line: kept whole
                if (cut < 0) {
                    break;
                }
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = pad + rest.substring(cut).strip();
            first = false;
        }
        lines.add(rest);
        return lines;
    }
}
