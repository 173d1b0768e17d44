package com.creditwb.workbench.credit.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The customers list sorts ratings by the current model's own scale, whatever its grades are called. */
class RatingRankTest {

    @Test
    void a_custom_scale_sorts_as_its_bands_run_then_the_usual_letters_then_anything_else() {
        // a company's own scale, best first: P1 … P5 (the model's rating bands)
        List<String> scale = List.of("P1", "P2", "P3", "P4", "P5");
        List<String> sorted = Stream.of("P3", "BB", "P5", "X9", "P1", "AAA", "P2")
                .sorted(Comparator.comparing(g -> CustomerCreditFigures.ratingRank(scale, g))).toList();
        // the model's grades first in their order, then letters decided under the earlier scale (AAA before BB), then unknown
        assertThat(sorted).containsExactly("P1", "P2", "P3", "P5", "AAA", "BB", "X9");
        assertThat(CustomerCreditFigures.ratingRank(scale, null)).isNull();
    }

    @Test
    void the_default_scale_keeps_the_letters_in_order() {
        List<String> letters = CustomerCreditFigures.RATINGS;
        assertThat(letters.stream().map(g -> CustomerCreditFigures.ratingRank(letters, g)).toList())
                .isSorted().containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}
