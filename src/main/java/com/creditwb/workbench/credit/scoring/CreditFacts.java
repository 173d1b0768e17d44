package com.creditwb.workbench.credit.scoring;

import com.creditwb.workbench.statement.domain.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The data an assessment reads besides what the user enters: kept whole in the frozen snapshot so that
 * an approved assessment reads the same after the customer, statements or receivables change.
 *
 * @param industry GB/T 4754 section letter (selects industry ratio bands)
 * @param bankRelationsLevel bank relations as rated in the credit file (1–5), if rated
 * @param paymentRecordLevel payment record as rated in the credit file (1–5), if rated
 * @param overdueShare share of the customer's open receivables overdue more than 30 days, if any are held
 * @param amounts the statement period's amounts (empty when none are held)
 * @param ratios the period's ratios
 */
public record CreditFacts(String industry, LocalDate foundingDate, Integer bankRelationsLevel, Integer paymentRecordLevel,
        Double overdueShare, LocalDate asOf, Map<LineItem, BigDecimal> amounts, Map<String, RatioValue> ratios) {

    public CreditFacts {
        amounts = amounts == null ? Map.of() : Map.copyOf(amounts);
        ratios = ratios == null ? Map.of() : Map.copyOf(ratios);
    }

    /** A ratio's value, or why it has none. */
    public record RatioValue(Double value, boolean meaningful, String reason) {
    }

    public boolean hasStatements() {
        return !amounts.isEmpty();
    }

    public BigDecimal amount(LineItem item) {
        return amounts.getOrDefault(item, BigDecimal.ZERO);
    }
}
