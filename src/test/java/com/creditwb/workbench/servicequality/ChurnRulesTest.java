package com.creditwb.workbench.servicequality;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.servicequality.ChurnRules.Reason;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The churn watch's reasons and score from fixed figures. */
class ChurnRulesTest {

    @Test
    void each_reason_with_its_figure_and_the_weighted_score() {
        // CSI 72.5 → 60.0: down 12.5 (≥ 10); 2 detractors; 1 complaint late + 1 reopened; revenue 1,000,000 → 850,000: −15 %;
        // overdue 200,000 → 260,000: +30 %
        var s = new ChurnRules.Signals(72.5, 60.0, 2, 1, 1, new BigDecimal("1000000"), new BigDecimal("850000"), new BigDecimal("200000"),
                new BigDecimal("260000"));
        List<ChurnRules.Found> found = ChurnRules.reasons(s, ChurnRules.DEFAULTS);
        assertThat(found).extracting(ChurnRules.Found::reason).containsExactly(Reason.values());
        assertThat(found).extracting(ChurnRules.Found::figure).usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .containsExactly(12.5, 2.0, 2.0, 15.0, 30.0);
        // 30 + 20 + 20 + 15 + 15 = 100
        assertThat(ChurnRules.score(found, ChurnRules.DEFAULTS)).isCloseTo(100, Offset.offset(1e-9));
    }

    @Test
    void below_the_thresholds_or_without_a_previous_figure_nothing_is_raised() {
        // CSI down 9.9; revenue −9 %; overdue +5 %; no detractors or complaints
        var s = new ChurnRules.Signals(70.0, 60.1, 0, 0, 0, new BigDecimal("100"), new BigDecimal("91"), new BigDecimal("100"), new BigDecimal("105"));
        assertThat(ChurnRules.reasons(s, ChurnRules.DEFAULTS)).isEmpty();
        var first = new ChurnRules.Signals(null, 40.0, 0, 0, 0, null, new BigDecimal("100"), null, new BigDecimal("10"));
        assertThat(ChurnRules.reasons(first, ChurnRules.DEFAULTS)).isEmpty();
        // nothing overdue before, something now: counted as +100 %
        var fresh = new ChurnRules.Signals(null, null, 0, 0, 0, null, null, BigDecimal.ZERO, new BigDecimal("5000"));
        assertThat(ChurnRules.reasons(fresh, ChurnRules.DEFAULTS)).singleElement()
                .satisfies(f -> assertThat(f.figure()).isEqualTo(100.0));
    }
}
