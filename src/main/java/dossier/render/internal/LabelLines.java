package dossier.render.internal;

import dossier.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/**
 * A label broken into lines that fit a width, never cut short: lines break between words, and a
 * word wider than a whole line is split between characters. Every character of the label is kept.
 */
final class LabelLines {
    private LabelLines() {
    }

    static List<String> wrap(String label, double width, double fontSize) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : Whitespace.collapse(label).strip().split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (TextWidth.of(candidate, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (TextWidth.of(rest, fontSize) > width) {
                int cut = fitting(rest, width, fontSize);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of {@code word} fit the width: one code point at least, never half a pair. */
    private static int fitting(String word, double width, double fontSize) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (TextWidth.of(word.substring(0, next), fontSize) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
