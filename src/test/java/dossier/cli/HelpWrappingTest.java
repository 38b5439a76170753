package dossier.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Help wraps at the terminal's width without breaking a word or a property name: at every width
 * each line fits, and every word is one that the unwrapped help (1,000 columns) has whole.
 */
class HelpWrappingTest {
    private static final List<String> COMMANDS = List.of("", "bake", "check", "serve", "import", "explain", "new",
            "new article", "new entity", "new source", "init", "theme", "theme list", "theme eject");

    private static String help(String command, int width) {
        List<String> path = command.isEmpty() ? List.of() : Arrays.asList(command.split(" "));
        CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                path.isEmpty() ? new String[0] : new String[]{path.get(0)});
        HelpWrapping.apply(cli, width);
        CommandLine target = cli;
        for (String name : path) {
            target = target.getSubcommands().get(name);
        }
        return target.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    @org.junit.jupiter.api.Test
    void atAWidthThatNeedsNoWrappingTheHelpIsPicocliAsItRendersIt() {
        for (String command : COMMANDS) {
            List<String> path = command.isEmpty() ? List.of() : Arrays.asList(command.split(" "));
            CommandLine plain = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    path.isEmpty() ? new String[0] : new String[]{path.get(0)});
            CommandLine target = plain;
            for (String name : path) {
                target = target.getSubcommands().get(name);
            }
            // what picocli itself renders, unwrapped: blank lines, headings and order kept line for line
            target.setHelpSectionMap(new CommandLine(target.getCommandSpec().userObject()).getHelpSectionMap());
            target.getCommandSpec().usageMessage().width(1000);
            assertEquals(target.getUsageMessage(CommandLine.Help.Ansi.OFF), help(command, 1000), command);
        }
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {60, 80, 100, 132})
    void everyLineFitsAndNoWordIsBroken(int width) {
        for (String command : COMMANDS) {
            Set<String> whole = words(help(command, 1000));
            String wrapped = help(command, width);
            for (String line : wrapped.lines().toList()) {
                // only a word longer than the space left for it may overflow: it is never broken
                boolean oneWord = !line.strip().contains(" ");
                assertTrue(line.length() <= width || oneWord, "'" + command + "' at " + width + ": " + line.length() + " columns: " + line);
            }
            Set<String> broken = words(wrapped);
            broken.removeAll(whole);
            assertEquals(Set.of(), broken, "'" + command + "' at " + width + " breaks words:\n" + wrapped);
        }
    }
}
