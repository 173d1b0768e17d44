package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ChurnRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.servicequality.domain.ChurnRules.Reason;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The churn watch's reasons and score from fixed figures. */
class ChurnRulesTest {

    static final Offset<Double> EXACT = Offset.offset(1e-9);

    @Test
    void each_reason_with_its_figure_and_the_weighted_score() {
        // CSI 72.5 → 60.0: down 12.5 (≥ 10); 2 detractors; 2 complaints late or reopened; revenue 1,000,000 → 850,000: −15 %;
        // overdue 200,000 → 260,000: +30 %
        var s = new ChurnRules.Signals(List.of(72.5, 60.0), 2, 2, new BigDecimal("1000000"), new BigDecimal("850000"), new BigDecimal("200000"),
                new BigDecimal("260000"));
        List<ChurnRules.Found> found = ChurnRules.reasons(s, ChurnRules.DEFAULTS);
        assertThat(found).extracting(ChurnRules.Found::reason).containsExactly(Reason.values());
        assertThat(found).extracting(ChurnRules.Found::figure).usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .containsExactly(12.5, 2.0, 2.0, 15.0, 30.0);
        // detractors and complaints are counts, shown as whole numbers
        assertThat(found).filteredOn(ChurnRules.Found::isCount).extracting(ChurnRules.Found::reason)
                .containsExactly(Reason.DETRACTORS, Reason.COMPLAINTS);
        // 30 + 20 + 20 + 15 + 15 = 100
        assertThat(ChurnRules.score(found, ChurnRules.DEFAULTS)).isCloseTo(100, EXACT);
    }

    @Test
    void a_slow_slide_over_the_rounds_counts_from_the_highest_of_the_earlier_rounds() {
        // CSI 79.5 → 71.0 → 63.0 → 55.5 → 47.0: no step is 10 points, but it fell 79.5 − 47.0 = 32.5 over the five rounds
        var s = new ChurnRules.Signals(List.of(79.5, 71.0, 63.0, 55.5, 47.0), 0, 0, null, null, null, null);
        assertThat(ChurnRules.reasons(s, ChurnRules.DEFAULTS)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.SATISFACTION_DOWN);
            assertThat(f.figure()).isCloseTo(32.5, EXACT);
            assertThat(f.peak()).isCloseTo(79.5, EXACT);
            assertThat(f.rounds()).isEqualTo(5);
        });
        // a round older than the five is out of the window: 90.0 is not the peak, 79.5 is
        var longer = new ChurnRules.Signals(List.of(90.0, 79.5, 71.0, 63.0, 55.5, 47.0), 0, 0, null, null, null, null);
        assertThat(ChurnRules.reasons(longer, ChurnRules.DEFAULTS).get(0).figure()).isCloseTo(32.5, EXACT);
        // fell and came back: 80 → 60 → 78 is 2 points below the peak, not at risk
        var recovered = new ChurnRules.Signals(List.of(80.0, 60.0, 78.0), 0, 0, null, null, null, null);
        assertThat(ChurnRules.reasons(recovered, ChurnRules.DEFAULTS)).isEmpty();
    }

    @Test
    void below_the_thresholds_or_without_a_previous_figure_nothing_is_raised_and_overdue_from_nothing_is_new() {
        // CSI down 9.9; revenue −9 %; overdue +5 %; no detractors or complaints
        var s = new ChurnRules.Signals(List.of(70.0, 60.1), 0, 0, new BigDecimal("100"), new BigDecimal("91"), new BigDecimal("100"),
                new BigDecimal("105"));
        assertThat(ChurnRules.reasons(s, ChurnRules.DEFAULTS)).isEmpty();
        var first = new ChurnRules.Signals(List.of(40.0), 0, 0, null, new BigDecimal("100"), null, new BigDecimal("10"));
        assertThat(ChurnRules.reasons(first, ChurnRules.DEFAULTS)).isEmpty();
        // nothing overdue before, something now: "new", not a made-up +100 %
        var fresh = new ChurnRules.Signals(List.of(), 0, 0, null, null, BigDecimal.ZERO, new BigDecimal("5000"));
        assertThat(ChurnRules.reasons(fresh, ChurnRules.DEFAULTS)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.OVERDUE_GROWING);
            assertThat(f.isNew()).isTrue();
            assertThat(f.figure()).isNull();
        });
    }
}
