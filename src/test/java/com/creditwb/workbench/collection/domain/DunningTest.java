package com.creditwb.workbench.collection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which letter is due: the levels of the example (7, 30, 60, 90 days), a gap of 7 days between letters. */
class DunningTest {

    static final List<Dunning.Level> LEVELS = List.of(new Dunning.Level(1, 7, Dunning.Stage.REMINDER), new Dunning.Level(2, 30, Dunning.Stage.SECOND),
            new Dunning.Level(3, 60, Dunning.Stage.FINAL), new Dunning.Level(4, 90, Dunning.Stage.LEGAL));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void the_first_letter_is_the_reminder_once_the_oldest_item_is_seven_days_overdue() {
        assertThat(Dunning.due(LEVELS, 0, null, 6, TODAY, 7)).isEmpty();
        assertThat(Dunning.due(LEVELS, 0, null, 7, TODAY, 7)).contains(LEVELS.get(0));
        // 95 days overdue and never written to: still the reminder first, not the legal notice
        assertThat(Dunning.due(LEVELS, 0, null, 95, TODAY, 7)).contains(LEVELS.get(0));
        // nothing to chase (all paid or disputed): no letter
        assertThat(Dunning.due(LEVELS, 0, null, 0, TODAY, 7)).isEmpty();
    }

    @Test
    void the_next_level_waits_for_its_days_and_for_the_gap_after_the_last_letter() {
        // reminder sent on 24 Nov: the second letter needs 30 days overdue and 7 days since then (1 Dec − 24 Nov = 7)
        LocalDate reminder = LocalDate.of(2026, 11, 24);
        assertThat(Dunning.due(LEVELS, 1, reminder, 29, TODAY, 7)).isEmpty();
        assertThat(Dunning.due(LEVELS, 1, reminder, 30, TODAY, 7)).contains(LEVELS.get(1));
        // sent on 25 Nov, 6 days ago: not yet
        assertThat(Dunning.due(LEVELS, 1, reminder.plusDays(1), 45, TODAY, 7)).isEmpty();
        // after the last level nothing more is due
        assertThat(Dunning.due(LEVELS, 4, reminder, 200, TODAY, 7)).isEmpty();
    }

    @Test
    void the_highest_level_is_final_and_levels_must_climb() {
        assertThat(Dunning.isFinal(LEVELS, 4)).isTrue();
        assertThat(Dunning.isFinal(LEVELS, 3)).isFalse();
        assertThat(Dunning.firstInvalid(LEVELS)).isEqualTo(-1);
        assertThat(Dunning.firstInvalid(List.of(new Dunning.Level(1, 30, Dunning.Stage.REMINDER), new Dunning.Level(2, 30, Dunning.Stage.SECOND))))
                .isEqualTo(1);
        assertThat(Dunning.firstInvalid(List.of(new Dunning.Level(2, 7, Dunning.Stage.REMINDER)))).isZero();
        assertThat(Dunning.firstInvalid(List.of(new Dunning.Level(1, 7, null)))).isZero();
        assertThat(Dunning.firstInvalid(List.of())).isEqualTo(-1);
    }
}
