package com.creditwb.workbench.relationship.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The due filters on Wednesday 2 December 2026: the week runs to Sunday 6 December. */
class TaskDueTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void overdue_is_before_today_today_is_today_and_the_week_ends_on_sunday() {
        assertThat(TaskDue.OVERDUE.keeps(WEDNESDAY.minusDays(1), WEDNESDAY)).isTrue();
        assertThat(TaskDue.OVERDUE.keeps(WEDNESDAY, WEDNESDAY)).isFalse();
        assertThat(TaskDue.TODAY.keeps(WEDNESDAY, WEDNESDAY)).isTrue();
        assertThat(TaskDue.TODAY.keeps(WEDNESDAY.plusDays(1), WEDNESDAY)).isFalse();
        assertThat(TaskDue.WEEK.keeps(LocalDate.of(2026, 12, 6), WEDNESDAY)).isTrue();
        assertThat(TaskDue.WEEK.keeps(LocalDate.of(2026, 12, 7), WEDNESDAY)).isFalse();
        assertThat(TaskDue.WEEK.keeps(WEDNESDAY.minusDays(1), WEDNESDAY)).as("overdue is not this week's").isFalse();
        assertThat(TaskDue.ALL.keeps(LocalDate.of(2030, 1, 1), WEDNESDAY)).isTrue();
    }
}
