package dossier.render.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The ticks of a value axis at round numbers: a step of 1, 2 or 5 times a power of ten, the axis
 * running from a multiple of the step at or below the lowest value (zero at most, so that bars
 * start at zero) to one at or above the highest. Exact decimals, so no tick reads 0.30000000000000004.
 */
record AxisTicks(List<BigDecimal> values, BigDecimal step) {
    private static final int[] MANTISSAS = {1, 2, 5};

    AxisTicks {
        values = List.copyOf(values);
    }

    BigDecimal low() {
        return values.get(0);
    }

    BigDecimal high() {
        return values.get(values.size() - 1);
    }

    /**
     * The finest round step whose ticks {@code fit} (the caller knows how much room tick labels
     * need); a step of a hundredth of the span at the finest, the whole span at the coarsest.
     */
    static AxisTicks around(BigDecimal lowest, BigDecimal highest, Predicate<AxisTicks> fit) {
        BigDecimal lo = lowest.min(BigDecimal.ZERO);
        BigDecimal hi = highest.max(BigDecimal.ZERO);
        if (lo.compareTo(hi) == 0) {
            hi = BigDecimal.ONE;
        }
        int power = (int) Math.floor(Math.log10(hi.subtract(lo).doubleValue())) - 2;
        while (true) {
            for (int mantissa : MANTISSAS) {
                AxisTicks ticks = spanning(lo, hi, BigDecimal.valueOf(mantissa).scaleByPowerOfTen(power));
                // a step as long as the whole span is the coarsest there is: take it even if it does not fit
                if (fit.test(ticks) || ticks.step.compareTo(hi.subtract(lo)) >= 0) {
                    return ticks;
                }
            }
            power++;
        }
    }

    private static AxisTicks spanning(BigDecimal lo, BigDecimal hi, BigDecimal step) {
        BigDecimal first = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal last = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = first; v.compareTo(last) <= 0; v = v.add(step)) {
            values.add(v.stripTrailingZeros());
        }
        return new AxisTicks(values, step);
    }

    /** A tick's label: the plain number, no exponent, no trailing zeros. */
    static String label(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
