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
 * @param inForce the limit that holds today: the decision's, or an approved temporary or permanent change of it (null
 *     without a decision)
 */
public record Exposure(Assessment decision, LocalDate asOf, Aging.Summary aging, Dso dso,
        com.creditwb.workbench.credit.limits.EffectiveLimit inForce) {

    /** Without a change of the decision's limit. */
    public Exposure(Assessment decision, LocalDate asOf, Aging.Summary aging, Dso dso) {
        this(decision, asOf, aging, dso, decision == null ? null
                : new com.creditwb.workbench.credit.limits.EffectiveLimit(decision.getLimitAmount(), null, null, null));
    }

    /** The decision as a read-only record (null without one), with the limit in force, for other features. */
    public CreditDecision decisionRecord() {
        return CreditDecision.of(decision, inForce);
    }

    /** The last day of a temporary limit in force (null when none is). */
    public LocalDate limitUntil() {
        return inForce == null ? null : inForce.temporaryUntil();
    }

    public BigDecimal open() {
        return aging == null ? BigDecimal.ZERO : aging.total();
    }

    /** The limit in force (see {@link #inForce}). */
    public Optional<BigDecimal> limit() {
        return decision == null || inForce == null ? Optional.empty() : Optional.ofNullable(inForce.amount());
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
        return limit().map(l -> open().compareTo(l) > 0).orElse(false);
    }
}
