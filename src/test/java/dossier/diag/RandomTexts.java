package dossier.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Seeded random texts made of pieces, for the fuzz tests of the Markdown and YAML paths: a mix of
 * pieces, one piece repeated (for depth and runs: "> " 3,000 times is 3,000 quotes) followed by a
 * mix, or single characters from an alphabet. The seed is fixed, so a failure repeats; its message
 * names the try and the text.
 */
public final class RandomTexts {
    private static final long SEED = 20261201L;
    private final List<String> pieces;
    private final int maxPieces;
    private final int maxRepeat;
    private final String alphabet;

    /** @param alphabet characters for texts built one character at a time; empty for none */
    public RandomTexts(List<String> pieces, int maxPieces, int maxRepeat, String alphabet) {
        this.pieces = List.copyOf(pieces);
        this.maxPieces = maxPieces;
        this.maxRepeat = maxRepeat;
        this.alphabet = alphabet;
    }

    /** Runs {@code check} on {@code tries} texts; the first that fails is reported with its try number. */
    public void forEach(int tries, Consumer<String> check) {
        Random random = new Random(SEED);
        for (int i = 0; i < tries; i++) {
            String text = next(random);
            try {
                check.accept(text);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw new AssertionError("try " + i + " of " + tries + " fails on the text "
                        + Diagnostic.visible(text.length() > 400 ? text.substring(0, 400) + "…" : text), e);
            }
        }
    }

    private String next(Random random) {
        int kind = alphabet.isEmpty() ? random.nextInt(2) : random.nextInt(3);
        return switch (kind) {
            case 0 -> mix(random);
            case 1 -> pieces.get(random.nextInt(pieces.size())).repeat(1 + random.nextInt(maxRepeat)) + mix(random);
            default -> characters(random);
        };
    }

    private String mix(Random random) {
        int n = random.nextInt(maxPieces + 1);
        List<String> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chosen.add(pieces.get(random.nextInt(pieces.size())));
        }
        return String.join("", chosen);
    }

    private String characters(Random random) {
        int n = random.nextInt(2001);
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
