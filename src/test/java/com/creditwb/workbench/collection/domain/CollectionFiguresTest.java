package com.creditwb.workbench.collection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CollectionFiguresTest {

    static CollectionFigures.Inputs inputs(String beginning, String sales, String ending, String current, Integer days, String writeOffs,
            String recoveries) {
        return new CollectionFigures.Inputs(beginning == null ? null : new BigDecimal(beginning), sales == null ? null : new BigDecimal(sales),
                ending == null ? null : new BigDecimal(ending), current == null ? null : new BigDecimal(current), days,
                writeOffs == null ? null : new BigDecimal(writeOffs), recoveries == null ? null : new BigDecimal(recoveries));
    }

    @Test
    void a_quarter_worked_through_every_formula() {
        // a quarter of 90 days: receivables 1,000,000 at the start, credit sales 1,800,000, 1,200,000 open at the end of
        // which 800,000 not yet due; 27,000 written off, 9,000 recovered
        CollectionFigures.Result r = CollectionFigures.calculate(inputs("1000000", "1800000", "1200000", "800000", 90, "27000", "9000"));
        // DSO = 1,200,000 ÷ 1,800,000 × 90 = 60 days
        assertThat(r.dso()).isEqualTo(60.0);
        // best possible DSO = 800,000 ÷ 1,800,000 × 90 = 40 days
        assertThat(r.bestPossibleDso()).isEqualTo(40.0);
        // average days delinquent = 60 − 40 = 20
        assertThat(r.averageDaysDelinquent()).isEqualTo(20.0);
        // CEI = (1,000,000 + 1,800,000 − 1,200,000) ÷ (1,000,000 + 1,800,000 − 800,000) × 100 = 1,600,000 ÷ 2,000,000 × 100 = 80
        assertThat(r.cei()).isEqualTo(80.0);
        // bad-debt ratio = 27,000 ÷ 1,800,000 = 0.015; net loss = 27,000 − 9,000 = 18,000
        assertThat(r.badDebtRatio()).isEqualTo(0.015);
        assertThat(r.netLoss()).isEqualByComparingTo("18000");
    }

    @Test
    void thirds_are_rounded_to_two_places() {
        // DSO = 100 ÷ 300 × 30 = 10; BPDSO = 50 ÷ 300 × 30 = 5; CEI = (0 + 300 − 100) ÷ (0 + 300 − 50) × 100 = 200 ÷ 250 × 100 = 80
        CollectionFigures.Result r = CollectionFigures.calculate(inputs("0", "300", "100", "50", 30, null, null));
        assertThat(r.dso()).isEqualTo(10.0);
        assertThat(r.cei()).isEqualTo(80.0);
        // 1 ÷ 3 × 1 day = 0.333… → 0.33
        assertThat(CollectionFigures.calculate(inputs("0", "3", "1", "0", 1, null, null)).dso()).isEqualTo(0.33);
        assertThat(CollectionFigures.calculate(inputs("0", "3", "1", "0", 1, null, null)).netLoss()).isEqualByComparingTo("0");
    }

    @Test
    void a_zero_denominator_or_a_negative_input_is_refused_naming_the_field() {
        assertThatThrownBy(() -> CollectionFigures.calculate(inputs("0", "0", "0", "0", 30, null, null)))
                .isInstanceOfSatisfying(CollectionFigures.InvalidInputs.class, e -> assertThat(e.problems())
                        .containsExactly(new CollectionFigures.Problem("creditSales", "collection.figures.error.zero")));
        assertThatThrownBy(() -> CollectionFigures.calculate(inputs("-1", "100", "0", "0", 30, null, "-2")))
                .isInstanceOfSatisfying(CollectionFigures.InvalidInputs.class, e -> assertThat(e.problems()).extracting(CollectionFigures.Problem::field)
                        .containsExactly("beginningReceivables", "recoveries"));
        // 0 + 100 − 100 = 0: nothing was collectable, CEI has no denominator
        assertThatThrownBy(() -> CollectionFigures.calculate(inputs("0", "100", "100", "100", 30, null, null)))
                .isInstanceOfSatisfying(CollectionFigures.InvalidInputs.class, e -> assertThat(e.problems()).extracting(CollectionFigures.Problem::field)
                        .containsExactly("endingCurrent"));
        assertThatThrownBy(() -> CollectionFigures.calculate(inputs("0", "100", "10", "20", 30, null, null)))
                .isInstanceOfSatisfying(CollectionFigures.InvalidInputs.class, e -> assertThat(e.problems())
                        .containsExactly(new CollectionFigures.Problem("endingCurrent", "collection.figures.error.currentAboveTotal")));
        assertThatThrownBy(() -> CollectionFigures.calculate(inputs(null, "100", "10", "0", 0, "1e300", null)))
                .isInstanceOfSatisfying(CollectionFigures.InvalidInputs.class, e -> assertThat(e.problems()).extracting(CollectionFigures.Problem::field)
                        .containsExactly("beginningReceivables", "writeOffs", "days"));
    }
}
