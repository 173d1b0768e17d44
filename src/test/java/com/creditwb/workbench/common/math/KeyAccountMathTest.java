package com.creditwb.workbench.common.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The efficacy coefficient and NPV on numbers worked by hand from their definitions (SPEC §4):
 * 60 + 40 × (x − min)/(max − min), and Σ CF_t / (1 + r)^t.
 */
class KeyAccountMathTest {

    @Test
    void the_worst_value_scores_60_and_the_best_100_in_either_direction() {
        // repeat-purchase rate 20 %, 50 %, 80 %: (50 − 20)/(80 − 20) = 0.5 → 60 + 20 = 80
        assertThat(EfficacyCoefficient.scores(List.of(0.2, 0.5, 0.8), true)).containsExactly(60.0, 80.0, 100.0);
        // price sensitivity, lower is better: the same values score the other way round
        assertThat(EfficacyCoefficient.scores(List.of(0.2, 0.5, 0.8), false)).containsExactly(100.0, 80.0, 60.0);
        // 0.35 between 0.2 and 0.8: 60 + 40 × 0.15/0.6 = 70
        assertThat(EfficacyCoefficient.score(0.35, 0.2, 0.8, true)).isCloseTo(70.0, within(1e-9));
        assertThat(EfficacyCoefficient.scores(List.of(3.0, 3.0), true)).containsExactly(100.0, 100.0);
    }

    @Test
    void npv_discounts_each_year() {
        // 100 a year for 3 years at 10 %: 90.909 + 82.645 + 75.131 = 248.685 (annuity factor 2.48685)
        assertThat(Npv.of(List.of(100.0, 100.0, 100.0), 0.10)).isCloseTo(248.685, within(0.001));
        assertThatThrownBy(() -> Npv.of(List.of(1.0), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_relationship_is_worth_its_grown_margins_weighted_by_retention_and_discounted() {
        // margin 1,000, growth 5 %, retention 80 %, discount 10 %, 3 years:
        // year 1: 1,050 × 0.8 = 840 → / 1.1 = 763.636
        // year 2: 1,102.5 × 0.64 = 705.6 → / 1.21 = 583.140
        // year 3: 1,157.625 × 0.512 = 592.704 → / 1.331 = 445.307; total 1,792.084 (sum of the unrounded terms)
        Npv.Projection p = Npv.relationship(1000, 0.05, 0.8, 0.10, 3);
        assertThat(p.years()).hasSize(3);
        assertThat(p.years().get(1).expected()).isCloseTo(705.6, within(1e-9));
        assertThat(p.years().get(2).presentValue()).isCloseTo(445.307, within(0.001));
        assertThat(p.npv()).isCloseTo(1792.084, within(0.001));
    }
}
