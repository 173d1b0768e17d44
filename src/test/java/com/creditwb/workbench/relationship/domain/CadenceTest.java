package com.creditwb.workbench.relationship.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cadence on a fixed day, 1 December 2026. */
class CadenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void the_interval_is_the_shorter_of_tier_and_level_and_the_next_contact_falls_that_long_after_the_last() {
        // platinum (30) and accountable (90): every 30 days
        assertThat(Cadence.interval(30, 90)).contains(30);
        assertThat(Cadence.interval(null, 60)).contains(60);
        assertThat(Cadence.interval(90, null)).contains(90);
        assertThat(Cadence.interval(null, null)).isEmpty();
        // last visited 20 October + 30 days = 19 November: overdue on 1 December
        assertThat(Cadence.dueOn(LocalDate.of(2026, 10, 20), 30, TODAY)).isEqualTo(LocalDate.of(2026, 11, 19));
        // never contacted: due today
        assertThat(Cadence.dueOn(null, 30, TODAY)).isEqualTo(TODAY);
    }
}
