package com.creditwb.workbench.statement.importing;

import com.creditwb.workbench.common.excel.CellReader;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.StatementChecks;
import com.creditwb.workbench.statement.domain.StatementChecks.Check;
import com.creditwb.workbench.statement.domain.StatementValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed workbook turned into what would be stored: the period end (written in the workbook or
 * chosen), the amounts of the current and, when the workbook has them, the prior period in 元, the
 * cell each amount came from, the lines not recognised, the checks of both periods and every
 * problem that blocks storing. Plain Java; the preview shows it, confirm stores it.
 */
public record ImportDraft(LocalDate periodEnd, LocalDate priorPeriodEnd, Long unitOverride, StatementValues current,
        StatementValues prior, Map<LineItem, String> currentCells, Map<LineItem, String> priorCells,
        List<ParsedLine> recognised, List<ParsedLine> unrecognised, List<Check> currentChecks, List<Check> priorChecks,
        List<ExcelProblem> problems, List<MissingLine> missing) {

    /**
     * A key line ({@link LineItem#isKey()}) the current period lacks, with the unrecognised lines of
     * its statement that could be it, most alike first (at most three).
     */
    public record MissingLine(LineItem item, List<ParsedLine> candidates) {
    }

    /** Nothing blocks storing (key lines aside: see {@link #storableWithout}). */
    public boolean storable() {
        return problems.isEmpty();
    }

    /** Nothing blocks storing, and every missing key line is one of those the user accepted to store without. */
    public boolean storableWithout(java.util.Set<LineItem> accepted) {
        return storable() && missingExcept(accepted).isEmpty();
    }

    /** The missing key lines not accepted. */
    public List<MissingLine> missingExcept(java.util.Set<LineItem> accepted) {
        return missing.stream().filter(m -> !accepted.contains(m.item())).toList();
    }

    public boolean hasPrior() {
        return prior != null && !prior.isEmpty();
    }

    /**
     * @param unitOverride the unit the user chose (1, 1,000, 10,000 元), null to use each sheet's own
     * @param periodOverride the period end the user chose, null to use the one in the workbook
     */
    public static ImportDraft build(ParsedWorkbook workbook, Long unitOverride, LocalDate periodOverride) {
        List<ExcelProblem> problems = new ArrayList<>(workbook.problems());
        LocalDate periodEnd = periodOverride != null ? periodOverride : workbook.periodEnd();
        if (workbook.sheets().isEmpty()) {
            problems.add(ExcelProblem.of("noStatements"));
        }
        if (periodEnd == null) {
            problems.add(ExcelProblem.of("noPeriodEnd"));
        }
        Map<LineItem, BigDecimal> current = new EnumMap<>(LineItem.class);
        Map<LineItem, BigDecimal> prior = new EnumMap<>(LineItem.class);
        Map<LineItem, String> currentCells = new EnumMap<>(LineItem.class);
        Map<LineItem, String> priorCells = new EnumMap<>(LineItem.class);
        List<ParsedLine> recognised = new ArrayList<>();
        List<ParsedLine> unrecognised = new ArrayList<>();
        boolean anyPrior = workbook.lines().stream().anyMatch(l -> l.priorCell() != null);
        for (ParsedLine line : workbook.lines()) {
            if (!line.recognised()) {
                unrecognised.add(line);
                continue;
            }
            recognised.add(line);
            long factor = unitOverride != null ? unitOverride : line.unitFactor();
            if (line.currentWritten() != CellReader.Written.FAILED) {
                put(current, currentCells, line, toYuan(line.current(), factor), line.currentCell(), problems);
            }
            if (anyPrior && line.priorWritten() != CellReader.Written.FAILED) {
                put(prior, priorCells, line, toYuan(line.prior(), factor), line.priorCell(), problems);
            }
        }
        StatementValues currentValues = new StatementValues(current);
        StatementValues priorValues = anyPrior ? new StatementValues(prior) : null;
        // a period with a cell that could not be read is not checked: its problem is reported, and a check would read
        // the cell as zero and report totals that are not wrong
        boolean currentFailed = recognised.stream().anyMatch(l -> l.currentWritten() == CellReader.Written.FAILED);
        boolean priorFailed = recognised.stream().anyMatch(l -> l.priorWritten() == CellReader.Written.FAILED);
        List<Check> currentChecks = currentFailed ? List.of() : StatementChecks.run(currentValues);
        List<Check> priorChecks = priorValues == null || priorFailed ? List.of() : StatementChecks.run(priorValues);
        problems.addAll(failedChecks(currentChecks, currentCells, periodEnd));
        problems.addAll(failedChecks(priorChecks, priorCells, periodEnd == null ? null : priorEnd(periodEnd)));
        if (!workbook.sheets().isEmpty() && current.isEmpty()) {
            problems.add(ExcelProblem.of("noLines"));
        }
        return new ImportDraft(periodEnd, periodEnd == null || !anyPrior ? null : priorEnd(periodEnd), unitOverride,
                currentValues, priorValues, currentCells, priorCells, recognised, unrecognised, currentChecks, priorChecks,
                List.copyOf(problems), missing(workbook, current, unrecognised));
    }

    /** How many candidates a missing key line offers at most. */
    static final int MAX_CANDIDATES = 8;

    /** The key lines not among the current period's amounts, each with its likely candidates. */
    static List<MissingLine> missing(ParsedWorkbook workbook, Map<LineItem, BigDecimal> current, List<ParsedLine> unrecognised) {
        Map<String, com.creditwb.workbench.statement.domain.StatementType> sheetTypes = new java.util.HashMap<>();
        workbook.sheets().forEach(s -> sheetTypes.put(s.name(), s.type()));
        List<MissingLine> missing = new ArrayList<>();
        for (LineItem item : LineItem.keyLines()) {
            if (current.containsKey(item)) {
                continue;
            }
            record Scored(ParsedLine line, double score) {
            }
            // every unrecognised line of the statement is a candidate (a "Bottom line" resembles no label of net
            // profit, yet may be it), the most alike first, then in the order of the sheet
            List<ParsedLine> candidates = unrecognised.stream()
                    .filter(l -> sheetTypes.get(l.sheet()) == item.statement())
                    .map(l -> new Scored(l, LabelSimilarity.to(item, l.label())))
                    .sorted(java.util.Comparator.comparing((Scored x) -> x.score() < LabelSimilarity.CANDIDATE)
                            .thenComparing(java.util.Comparator.comparingDouble(Scored::score).reversed()))
                    .limit(MAX_CANDIDATES).map(Scored::line).toList();
            missing.add(new MissingLine(item, candidates));
        }
        return List.copyOf(missing);
    }

    /** The comparative period's end: the same day a year earlier (month end stays month end). */
    public static LocalDate priorEnd(LocalDate periodEnd) {
        LocalDate d = periodEnd.minusYears(1);
        return periodEnd.equals(periodEnd.with(TemporalAdjusters.lastDayOfMonth())) ? d.with(TemporalAdjusters.lastDayOfMonth()) : d;
    }

    static BigDecimal toYuan(BigDecimal amount, long factor) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
    }

    private static void put(Map<LineItem, BigDecimal> values, Map<LineItem, String> cells, ParsedLine line, BigDecimal amount,
            String cell, List<ExcelProblem> problems) {
        LineItem item = line.item();
        String where = cell != null ? cell : line.labelCell();
        if (values.containsKey(item)) {
            if (values.get(item).compareTo(amount) != 0) {
                problems.add(ExcelProblem.at(line.sheet(), where, "duplicateLine", item, cells.get(item)));
            }
            return;
        }
        values.put(item, amount);
        cells.put(item, line.sheet() + "!" + where);
    }

    /**
     * The failed checks as problems ("unbalanced" or "subtotalMismatch"), at the cell the checked
     * amount came from when it came from a workbook ({@code cells}: item to "Sheet!C12", may be empty).
     */
    public static List<ExcelProblem> failedChecks(List<Check> checks, Map<LineItem, String> cells, LocalDate period) {
        List<ExcelProblem> problems = new ArrayList<>();
        for (Check check : checks) {
            if (check.passed()) {
                continue;
            }
            String ref = cells.get(check.item());
            String sheet = ref == null ? null : ref.substring(0, ref.lastIndexOf('!'));
            String cell = ref == null ? null : ref.substring(ref.lastIndexOf('!') + 1);
            problems.add(ExcelProblem.at(sheet, cell, check.isBalance() ? "unbalanced" : "subtotalMismatch",
                    check.item(), check.stated(), check.expected(), period));
        }
        return problems;
    }
}
