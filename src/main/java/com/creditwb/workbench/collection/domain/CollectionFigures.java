package com.creditwb.workbench.collection.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The collection figures of a period of D days (SPEC §10, plain Java):
 * <ul>
 * <li>DSO (销售变现天数, seed 002) = ending receivables ÷ credit sales × D;</li>
 * <li>best possible DSO = ending current (not yet due) receivables ÷ credit sales × D;</li>
 * <li>average days delinquent = DSO − best possible DSO;</li>
 * <li>CEI = (beginning receivables + credit sales − ending receivables) ÷ (beginning receivables + credit sales − ending
 * current receivables) × 100;</li>
 * <li>bad-debt ratio (坏账率) = write-offs ÷ credit sales, as a fraction; net loss = write-offs − recoveries.</li>
 * </ul>
 */
public final class CollectionFigures {

    /** The most days a period may have (ten years). */
    public static final int MAX_DAYS = 3660;

    public record Inputs(BigDecimal beginningReceivables, BigDecimal creditSales, BigDecimal endingReceivables, BigDecimal endingCurrent,
            Integer days, BigDecimal writeOffs, BigDecimal recoveries) {
    }

    /** DSO, best possible DSO and average days delinquent in days (two decimals); CEI in percent; the ratio as a fraction. */
    public record Result(double dso, double bestPossibleDso, double averageDaysDelinquent, double cei, double badDebtRatio, BigDecimal netLoss) {
    }

    /** Why an input cannot be used: the field and the message key of the rule it breaks. */
    public record Problem(String field, String messageKey) {
    }

    /** Inputs the formulas cannot take; each problem names its field. */
    public static final class InvalidInputs extends RuntimeException {

        private final transient List<Problem> problems;

        InvalidInputs(List<Problem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    private CollectionFigures() {
    }

    public static Result calculate(Inputs in) {
        List<Problem> problems = new ArrayList<>();
        amount(problems, "beginningReceivables", in.beginningReceivables());
        amount(problems, "creditSales", in.creditSales());
        amount(problems, "endingReceivables", in.endingReceivables());
        amount(problems, "endingCurrent", in.endingCurrent());
        BigDecimal writeOffs = in.writeOffs() == null ? BigDecimal.ZERO : in.writeOffs();
        BigDecimal recoveries = in.recoveries() == null ? BigDecimal.ZERO : in.recoveries();
        amount(problems, "writeOffs", writeOffs);
        amount(problems, "recoveries", recoveries);
        if (in.days() == null) {
            problems.add(new Problem("days", "collection.figures.error.required"));
        } else if (in.days() < 1 || in.days() > MAX_DAYS) {
            problems.add(new Problem("days", "collection.figures.error.days"));
        }
        if (problems.isEmpty() && in.creditSales().signum() == 0) {
            problems.add(new Problem("creditSales", "collection.figures.error.zero"));
        }
        if (problems.isEmpty() && in.endingCurrent().compareTo(in.endingReceivables()) > 0) {
            problems.add(new Problem("endingCurrent", "collection.figures.error.currentAboveTotal"));
        }
        BigDecimal collectible = problems.isEmpty() ? in.beginningReceivables().add(in.creditSales()).subtract(in.endingCurrent()) : null;
        if (collectible != null && collectible.signum() <= 0) {
            problems.add(new Problem("endingCurrent", "collection.figures.error.ceiDenominator"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
        BigDecimal days = BigDecimal.valueOf(in.days());
        BigDecimal dso = in.endingReceivables().multiply(days).divide(in.creditSales(), MathContext.DECIMAL64);
        BigDecimal best = in.endingCurrent().multiply(days).divide(in.creditSales(), MathContext.DECIMAL64);
        BigDecimal collected = in.beginningReceivables().add(in.creditSales()).subtract(in.endingReceivables());
        BigDecimal cei = collected.multiply(BigDecimal.valueOf(100)).divide(collectible, MathContext.DECIMAL64);
        BigDecimal ratio = writeOffs.divide(in.creditSales(), MathContext.DECIMAL64);
        return new Result(round(dso, 2), round(best, 2), round(dso.subtract(best), 2), round(cei, 2), round(ratio, 6),
                writeOffs.subtract(recoveries).setScale(2, RoundingMode.HALF_UP));
    }

    private static void amount(List<Problem> problems, String field, BigDecimal value) {
        if (value == null) {
            problems.add(new Problem(field, "collection.figures.error.required"));
        } else if (value.signum() < 0) {
            problems.add(new Problem(field, "collection.figures.error.negative"));
        } else if (value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(field, "collection.figures.error.amount"));
        }
    }

    private static double round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
