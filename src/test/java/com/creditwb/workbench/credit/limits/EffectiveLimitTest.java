package com.creditwb.workbench.credit.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which limit holds on a day: the decision's, a later permanent change, a temporary limit until its end date. */
class EffectiveLimitTest {

    static final Instant DECIDED = Instant.parse("2026-06-01T08:00:00Z");
    static final BigDecimal DECIDED_LIMIT = new BigDecimal("1000000");

    @Test
    void a_temporary_limit_overlays_until_its_end_date_and_then_lapses_by_itself() {
        var temp = new EffectiveLimit.Change(new BigDecimal("1500000"), LocalDate.of(2026, 12, 31), Instant.parse("2026-11-20T09:00:00Z"));
        EffectiveLimit inForce = EffectiveLimit.of(DECIDED_LIMIT, DECIDED, List.of(temp), LocalDate.of(2026, 12, 31));
        assertThat(inForce.amount()).isEqualByComparingTo("1500000");
        assertThat(inForce.temporaryUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        EffectiveLimit lapsed = EffectiveLimit.of(DECIDED_LIMIT, DECIDED, List.of(temp), LocalDate.of(2027, 1, 1));
        assertThat(lapsed.amount()).as("the day after its end date").isEqualByComparingTo("1000000");
        assertThat(lapsed.changed()).isFalse();
    }

    @Test
    void a_permanent_change_holds_until_a_later_decision_and_a_temporary_one_still_overlays_it() {
        var permanent = new EffectiveLimit.Change(new BigDecimal("800000"), null, Instant.parse("2026-09-01T09:00:00Z"));
        assertThat(EffectiveLimit.of(DECIDED_LIMIT, DECIDED, List.of(permanent), LocalDate.of(2026, 12, 1)).amount())
                .isEqualByComparingTo("800000");
        // a decision approved after the change decides again
        assertThat(EffectiveLimit.of(new BigDecimal("900000"), Instant.parse("2026-10-01T09:00:00Z"), List.of(permanent),
                LocalDate.of(2026, 12, 1)).amount()).isEqualByComparingTo("900000");
        var temp = new EffectiveLimit.Change(new BigDecimal("1200000"), LocalDate.of(2026, 12, 15), Instant.parse("2026-11-01T09:00:00Z"));
        EffectiveLimit both = EffectiveLimit.of(DECIDED_LIMIT, DECIDED, List.of(permanent, temp), LocalDate.of(2026, 12, 1));
        assertThat(both.amount()).isEqualByComparingTo("1200000");
        assertThat(both.permanent()).isEqualByComparingTo("800000");
        assertThat(EffectiveLimit.of(DECIDED_LIMIT, DECIDED, List.of(permanent, temp), LocalDate.of(2026, 12, 16)).amount())
                .isEqualByComparingTo("800000");
    }
}
