package com.creditwb.workbench.keyaccount.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's loyalty grids (003) and the 80/20 view on a hand-made portfolio. */
class SegmentsTest {

    @Test
    void dick_and_basu_and_reinartz_and_kumar_place_each_quadrant() {
        assertThat(LoyaltySegment.of(true, true)).isEqualTo(LoyaltySegment.LOYAL);
        assertThat(LoyaltySegment.of(true, false)).isEqualTo(LoyaltySegment.LATENT);
        assertThat(LoyaltySegment.of(false, true)).isEqualTo(LoyaltySegment.SPURIOUS);
        assertThat(LoyaltySegment.of(false, false)).isEqualTo(LoyaltySegment.NO_LOYALTY);
        assertThat(ProfitabilitySegment.of(true, true)).isEqualTo(ProfitabilitySegment.TRUE_FRIEND);
        assertThat(ProfitabilitySegment.of(true, false)).isEqualTo(ProfitabilitySegment.BUTTERFLY);
        assertThat(ProfitabilitySegment.of(false, true)).isEqualTo(ProfitabilitySegment.BARNACLE);
        assertThat(ProfitabilitySegment.of(false, false)).isEqualTo(ProfitabilitySegment.STRANGER);
    }

    @Test
    void the_head_is_the_accounts_that_reach_80_percent() {
        // revenue 500 + 300 + 100 + 60 + 40 = 1,000: 50 %, 80 % → the first two make the head (2 of 5 accounts)
        Map<Long, Double> revenue = new LinkedHashMap<>();
        revenue.put(3L, 100.0);
        revenue.put(1L, 500.0);
        revenue.put(5L, 40.0);
        revenue.put(2L, 300.0);
        revenue.put(4L, 60.0);
        List<Pareto.Line> lines = Pareto.of(revenue, 0.8);
        assertThat(lines).extracting(Pareto.Line::account).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines.get(1).cumulativeShare()).isCloseTo(0.8, within(1e-12));
        assertThat(lines).extracting(Pareto.Line::head).containsExactly(true, true, false, false, false);
        assertThat(Pareto.headShareOfAccounts(lines)).isEqualTo(0.4);
    }

    @Test
    void a_loss_making_account_adds_nothing_and_is_never_in_the_head() {
        // profit 90, 10, −50: total counted 100; 90 % after the first account
        List<Pareto.Line> lines = Pareto.of(Map.of(1L, 90.0, 2L, 10.0, 3L, -50.0), 0.8);
        assertThat(lines.get(0).share()).isEqualTo(0.9);
        assertThat(lines).extracting(Pareto.Line::head).containsExactly(true, false, false);
        assertThat(lines.get(2).share()).isZero();
    }
}
