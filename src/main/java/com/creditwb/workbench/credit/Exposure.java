package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.credit.receivable.Dso;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A customer's exposure against the approved limit: open items of the current aging list, utilisation,
 * available limit, overdue by bucket and DSO.
 *
 * @param decision the current credit decision, if any
 * @param asOf the aging list's date (null when no list is held)
 * @param aging the open items by bucket (null when no list is held)
 */
public record Exposure(Assessment decision, LocalDate asOf, Aging.Summary aging, Dso dso) {

    /** The decision as a read-only record (null without one), for other features. */
    public CreditDecision decisionRecord() {
        return CreditDecision.of(decision);
    }

    public BigDecimal open() {
        return aging == null ? BigDecimal.ZERO : aging.total();
    }

    public Optional<BigDecimal> limit() {
        return Optional.ofNullable(decision).map(Assessment::getLimitAmount);
    }

    /** Open items over the limit (null without a decision; infinite use of a zero limit counts as exceeded). */
    public Double utilisation() {
        BigDecimal limit = limit().orElse(null);
        if (limit == null || limit.signum() == 0) {
            return null;
        }
        return open().divide(limit, MathContext.DECIMAL64).doubleValue();
    }

    public BigDecimal available() {
        return limit().map(l -> l.subtract(open())).orElse(BigDecimal.ZERO);
    }

    public boolean limitExceeded() {
        return decision != null && open().compareTo(decision.getLimitAmount()) > 0;
    }
}
