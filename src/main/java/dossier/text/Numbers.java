package dossier.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Zero-padded and fixed-point numbers for generated files, without {@link java.util.Formatter}:
 * it is locale-aware machinery we never want there, and slow enough on a cold JVM that the SVG
 * charts' coordinates alone cost a tenth of a second of each bake.
 */
public final class Numbers {
    private Numbers() {
    }

    /** {@code value} with leading zeros up to {@code width} digits: padded(7, 2) is "07", as {@code %02d}. */
    public static String padded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(width + 1);
        if (value < 0) {
            out.append('-');
        }
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    /**
     * {@code value} rounded half-up to {@code decimals} places, as {@code %.1f} in the root locale
     * rounds it (on the shortest decimal form of the double): fixed(0.15, 1) is "0.2". A result
     * that rounds to zero is "0.0", never "-0.0".
     */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
