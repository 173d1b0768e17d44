package com.creditwb.workbench.credit.limits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The limit that holds today: the credit decision's, replaced by a permanent change approved after that decision (a
 * later assessment decides again), overlaid by a temporary limit until its end date — after which it lapses by itself.
 * Plain Java.
 *
 * @param decided the limit of the credit decision (null without one)
 * @param permanent the permanent change in force, if any
 * @param temporary the temporary limit in force, if any
 * @param temporaryUntil its last day
 */
public record EffectiveLimit(BigDecimal decided, BigDecimal permanent, BigDecimal temporary, LocalDate temporaryUntil) {

    /** An approved request as the rule sees it. */
    public record Change(BigDecimal limit, LocalDate until, Instant approvedAt) {
    }

    /** The limit to check against (null without a decision or change). */
    public BigDecimal amount() {
        return temporary != null ? temporary : permanent != null ? permanent : decided;
    }

    public boolean changed() {
        return temporary != null || permanent != null;
    }

    public static EffectiveLimit of(BigDecimal decided, Instant decidedAt, List<Change> approved, LocalDate today) {
        Comparator<Change> latest = Comparator.comparing(Change::approvedAt);
        Optional<Change> permanent = approved.stream().filter(c -> c.until() == null)
                .filter(c -> decidedAt == null || c.approvedAt().isAfter(decidedAt)).max(latest);
        Optional<Change> temporary = approved.stream().filter(c -> c.until() != null && !today.isAfter(c.until())).max(latest);
        return new EffectiveLimit(decided, permanent.map(Change::limit).orElse(null), temporary.map(Change::limit).orElse(null),
                temporary.map(Change::until).orElse(null));
    }
}
