package com.creditwb.workbench.collection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PromiseStateTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    static final BigDecimal PROMISED = new BigDecimal("50000");

    @Test
    void pending_until_its_date_passes_then_broken_or_partly_kept() {
        assertThat(PromiseState.of(PROMISED, DUE, BigDecimal.ZERO, DUE.minusDays(3))).isEqualTo(PromiseState.PENDING);
        // on the day itself it may still be kept
        assertThat(PromiseState.of(PROMISED, DUE, BigDecimal.ZERO, DUE)).isEqualTo(PromiseState.PENDING);
        // the day after: nothing paid → broken; 20,000 of 50,000 → partly kept
        assertThat(PromiseState.of(PROMISED, DUE, BigDecimal.ZERO, DUE.plusDays(1))).isEqualTo(PromiseState.BROKEN);
        assertThat(PromiseState.of(PROMISED, DUE, new BigDecimal("20000"), DUE.plusDays(1))).isEqualTo(PromiseState.PARTLY_KEPT);
        assertThat(PromiseState.BROKEN.failed()).isTrue();
        assertThat(PromiseState.PARTLY_KEPT.failed()).isTrue();
    }

    @Test
    void kept_as_soon_as_the_payments_cover_it_even_before_its_date() {
        assertThat(PromiseState.of(PROMISED, DUE, new BigDecimal("50000.00"), DUE.minusDays(5))).isEqualTo(PromiseState.KEPT);
        assertThat(PromiseState.of(PROMISED, DUE, new BigDecimal("60000"), DUE.plusDays(30))).isEqualTo(PromiseState.KEPT);
        assertThat(PromiseState.KEPT.failed()).isFalse();
    }
}
