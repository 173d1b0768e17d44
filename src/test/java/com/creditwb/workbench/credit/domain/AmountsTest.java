package com.creditwb.workbench.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.RiskType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rules that were static methods on services, now in their features' domain packages. */
class AmountsTest {

    @Test
    void a_limit_is_from_zero_to_a_thousand_trillion_to_the_cent() {
        assertThat(Amounts.isLimitAmount(BigDecimal.ZERO)).isTrue();
        assertThat(Amounts.isLimitAmount(new BigDecimal("1972000.50"))).isTrue();
        assertThat(Amounts.isLimitAmount(new BigDecimal("1000000000000000"))).isTrue();
        assertThat(Amounts.isLimitAmount(new BigDecimal("1000000000000000.01"))).as("above the largest").isFalse();
        assertThat(Amounts.isLimitAmount(new BigDecimal("0.001"))).as("below a cent").isFalse();
        assertThat(Amounts.isLimitAmount(new BigDecimal("-1"))).isFalse();
        assertThat(Amounts.isLimitAmount(null)).isFalse();
    }

    @Test
    void a_low_principle_points_at_the_seeds_typical_problem() {
        assertThat(RiskType.pointedAtBy(Principle.CULTURE)).isEqualTo(RiskType.CULTURAL_FRICTION);
        assertThat(RiskType.pointedAtBy(Principle.MUTUAL_NEED)).isEqualTo(RiskType.SHORT_TERM_GOALS);
        assertThat(RiskType.pointedAtBy(Principle.COORDINATION)).isEqualTo(RiskType.UNEQUAL_POSITIONS);
    }
}
