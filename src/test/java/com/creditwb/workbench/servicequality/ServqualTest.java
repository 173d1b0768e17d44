package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.ImportancePerformance;
import com.creditwb.workbench.servicequality.domain.Servqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** SERVQUAL gaps, weights, CSI, NPS and the importance–performance quadrants on a worked example. */
class ServqualTest {

    static final Offset<Double> EXACT = Offset.offset(1e-9);
    static final List<Dimension> DIMS = List.of(Dimension.TANGIBLES, Dimension.RELIABILITY);

    /*
     * Two respondents, two items per dimension (E = expectation, P = perception, 1–7):
     *   R1  TANGIBLES E 6 7 · P 5 6 (gaps −1 −1)   RELIABILITY E 7 7 · P 4 5 (−3 −2)   importance 40 / 60   recommend 9
     *   R2  TANGIBLES E 6 6 · P 6 7 (gaps  0 +1)   RELIABILITY E 7 6 · P 5 5 (−2 −1)   importance 50 / 50   recommend 5
     * Item gaps: TANGIBLES −0.5, 0 → −0.25; RELIABILITY −2.5, −1.5 → −2. SERVQUAL (−0.25 − 2) / 2 = −1.125.
     * Weights: TANGIBLES (0.4 + 0.5) / 2 = 0.45, RELIABILITY (0.6 + 0.5) / 2 = 0.55.
     * Weighted 0.45 × −0.25 + 0.55 × −2 = −1.2125.
     * Mean perception TANGIBLES (5.5 + 6.5) / 2 = 6, RELIABILITY (4.5 + 5) / 2 = 4.75; expectation 6.25 and 6.75.
     * CSI 100 × (0.45 × 5 / 6 + 0.55 × 3.75 / 6) = 100 × (0.375 + 0.34375) = 71.875.
     * NPS: one promoter (9), one detractor (5) of two = 50 % − 50 % = 0.
     */
    static List<Servqual.Response> example() {
        return List.of(
                new Servqual.Response(Map.of(Dimension.TANGIBLES, List.of(6, 7), Dimension.RELIABILITY, List.of(7, 7)),
                        Map.of(Dimension.TANGIBLES, List.of(5, 6), Dimension.RELIABILITY, List.of(4, 5)),
                        Map.of(Dimension.TANGIBLES, 40.0, Dimension.RELIABILITY, 60.0), 9),
                new Servqual.Response(Map.of(Dimension.TANGIBLES, List.of(6, 6), Dimension.RELIABILITY, List.of(7, 6)),
                        Map.of(Dimension.TANGIBLES, List.of(6, 7), Dimension.RELIABILITY, List.of(5, 5)),
                        Map.of(Dimension.TANGIBLES, 50.0, Dimension.RELIABILITY, 50.0), 5));
    }

    @Test
    void gaps_weights_csi_and_nps_of_the_worked_example() {
        Servqual.Result r = Servqual.of(DIMS, example());
        assertThat(r.dimensions().get(Dimension.TANGIBLES).gap()).isCloseTo(-0.25, EXACT);
        assertThat(r.dimensions().get(Dimension.RELIABILITY).gap()).isCloseTo(-2, EXACT);
        assertThat(r.dimensions().get(Dimension.TANGIBLES).meanPerception()).isCloseTo(6, EXACT);
        assertThat(r.dimensions().get(Dimension.TANGIBLES).meanExpectation()).isCloseTo(6.25, EXACT);
        assertThat(r.dimensions().get(Dimension.RELIABILITY).meanPerception()).isCloseTo(4.75, EXACT);
        assertThat(r.dimensions().get(Dimension.RELIABILITY).meanExpectation()).isCloseTo(6.75, EXACT);
        assertThat(r.dimensions().get(Dimension.TANGIBLES).weight()).isCloseTo(0.45, EXACT);
        assertThat(r.dimensions().get(Dimension.RELIABILITY).weight()).isCloseTo(0.55, EXACT);
        assertThat(r.servqual()).isCloseTo(-1.125, EXACT);
        assertThat(r.weighted()).isCloseTo(-1.2125, EXACT);
        assertThat(r.csi()).isCloseTo(71.875, EXACT);
        assertThat(r.nps()).isCloseTo(0, EXACT);
        assertThat(r.respondents()).isEqualTo(2);
    }

    /*
     * Pooling: the worked round (2 respondents) with a second round of one respondent
     *   R3  TANGIBLES E 7 7 · P 4 4 (gaps −3 −3)   RELIABILITY E 6 6 · P 6 6 (0 0)   importance 80 / 20   recommend 10
     * Round 2 alone: TANGIBLES gap −3, P 4, E 7, w 0.8; RELIABILITY gap 0, P 6, E 6, w 0.2.
     * Pooled by respondents (2/3 and 1/3):
     *   TANGIBLES gap 2/3 × −0.25 + 1/3 × −3 = −7/6; P 2/3 × 6 + 1/3 × 4 = 16/3; E 2/3 × 6.25 + 1/3 × 7 = 6.5; w 2/3 × 0.45 + 1/3 × 0.8 = 17/30
     *   RELIABILITY gap 2/3 × −2 + 0 = −4/3; P 2/3 × 4.75 + 1/3 × 6 = 31/6; E 2/3 × 6.75 + 1/3 × 6 = 6.5; w 2/3 × 0.55 + 1/3 × 0.2 = 13/30
     * SERVQUAL (−7/6 − 4/3) / 2 = −1.25; weighted 17/30 × −7/6 + 13/30 × −4/3 = (−119 − 104) / 180 = −223/180;
     * CSI 100 × (17/30 × (16/3 − 1) / 6 + 13/30 × (31/6 − 1) / 6) = 100 × (17/30 × 13/18 + 13/30 × 25/36) = 100 × 767/1080.
     * The same as scoring the three respondents at once, since both rounds asked the same two statements per dimension.
     */
    @Test
    void rounds_pooled_by_their_respondents_give_what_scoring_everyone_at_once_gives() {
        var r3 = new Servqual.Response(Map.of(Dimension.TANGIBLES, List.of(7, 7), Dimension.RELIABILITY, List.of(6, 6)),
                Map.of(Dimension.TANGIBLES, List.of(4, 4), Dimension.RELIABILITY, List.of(6, 6)),
                Map.of(Dimension.TANGIBLES, 80.0, Dimension.RELIABILITY, 20.0), 10);
        Servqual.Result one = Servqual.of(DIMS, example());
        Servqual.Result two = Servqual.of(DIMS, List.of(r3));
        List<Servqual.Response> everyone = new java.util.ArrayList<>(example());
        everyone.add(r3);
        Servqual.Result pooled = Servqual.pool(DIMS, List.of(one, two), Servqual.nps(everyone));
        assertThat(pooled.dimensions().get(Dimension.TANGIBLES).gap()).isCloseTo(-7.0 / 6, EXACT);
        assertThat(pooled.dimensions().get(Dimension.TANGIBLES).meanPerception()).isCloseTo(16.0 / 3, EXACT);
        assertThat(pooled.dimensions().get(Dimension.TANGIBLES).meanExpectation()).isCloseTo(6.5, EXACT);
        assertThat(pooled.dimensions().get(Dimension.TANGIBLES).weight()).isCloseTo(17.0 / 30, EXACT);
        assertThat(pooled.dimensions().get(Dimension.RELIABILITY).gap()).isCloseTo(-4.0 / 3, EXACT);
        assertThat(pooled.dimensions().get(Dimension.RELIABILITY).weight()).isCloseTo(13.0 / 30, EXACT);
        assertThat(pooled.servqual()).isCloseTo(-1.25, EXACT);
        assertThat(pooled.weighted()).isCloseTo(-223.0 / 180, EXACT);
        assertThat(pooled.csi()).isCloseTo(100 * 767.0 / 1080, EXACT);
        // two promoters (9, 10) and one detractor (5) of three: 33.3
        assertThat(pooled.nps()).isCloseTo(100.0 / 3, EXACT);
        assertThat(pooled.respondents()).isEqualTo(3);
        Servqual.Result atOnce = Servqual.of(DIMS, everyone);
        assertThat(pooled.csi()).isCloseTo(atOnce.csi(), EXACT);
        assertThat(pooled.weighted()).isCloseTo(atOnce.weighted(), EXACT);
        assertThat(Servqual.pool(DIMS, List.of(), null)).isNull();
    }

    @Test
    void without_importance_the_dimensions_weigh_alike_and_the_scale_ends_give_a_csi_of_0_and_100() {
        var all7 = new Servqual.Response(Map.of(Dimension.TANGIBLES, List.of(7), Dimension.RELIABILITY, List.of(7)),
                Map.of(Dimension.TANGIBLES, List.of(7), Dimension.RELIABILITY, List.of(7)), null, 10);
        var all1 = new Servqual.Response(Map.of(Dimension.TANGIBLES, List.of(7), Dimension.RELIABILITY, List.of(7)),
                Map.of(Dimension.TANGIBLES, List.of(1), Dimension.RELIABILITY, List.of(1)), null, 0);
        assertThat(Servqual.of(DIMS, List.of(all7)).csi()).isCloseTo(100, EXACT);
        assertThat(Servqual.of(DIMS, List.of(all1)).csi()).isCloseTo(0, EXACT);
        assertThat(Servqual.of(DIMS, List.of(all1)).dimensions().get(Dimension.TANGIBLES).weight()).isCloseTo(0.5, EXACT);
        // one promoter (10), one detractor (0), one passive (8): 33.3 % − 33.3 % = 0; two promoters of three: 66.7 %
        var passive = new Servqual.Response(all7.expectation(), all7.perception(), null, 8);
        assertThat(Servqual.nps(List.of(all7, all1, passive))).isCloseTo(0, EXACT);
        assertThat(Servqual.nps(List.of(all7, all7, passive))).isCloseTo(200.0 / 3, EXACT);
        assertThat(Servqual.nps(List.of(new Servqual.Response(all7.expectation(), all7.perception(), null, null)))).isNull();
    }

    @Test
    void scores_outside_the_scale_missing_items_and_dimensions_not_asked_are_problems_with_their_place() {
        var bad = new Servqual.Response(Map.of(Dimension.TANGIBLES, List.of(6, 8), Dimension.RELIABILITY, List.of(7)),
                Map.of(Dimension.TANGIBLES, List.of(5, 6), Dimension.RELIABILITY, List.of(4, 5), Dimension.COURTESY, List.of(3)),
                Map.of(Dimension.TANGIBLES, -5.0), 11);
        assertThat(Servqual.problems(DIMS, List.of(bad))).containsExactlyInAnyOrder(
                new Servqual.Problem("responses[0].COURTESY", "notAsked"),
                new Servqual.Problem("responses[0].perception.RELIABILITY", "missingItem"),
                new Servqual.Problem("responses[0].expectation.TANGIBLES[1]", "scale"),
                new Servqual.Problem("responses[0].importance.TANGIBLES", "importance"),
                new Servqual.Problem("responses[0].recommend", "recommend"));
        assertThatThrownBy(() -> Servqual.of(DIMS, List.of(bad))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Servqual.problems(List.of(), List.of())).extracting(Servqual.Problem::code).containsExactly("required");
        // a second respondent with one item fewer than the first
        var shorter = new Servqual.Response(Map.of(Dimension.TANGIBLES, List.of(6), Dimension.RELIABILITY, List.of(7, 7)),
                Map.of(Dimension.TANGIBLES, List.of(5), Dimension.RELIABILITY, List.of(4, 5)), null, null);
        assertThat(Servqual.problems(DIMS, List.of(example().get(0), shorter))).extracting(Servqual.Problem::field)
                .containsExactly("responses[1].perception.TANGIBLES");
    }

    @Test
    void importance_performance_puts_a_heavy_poorly_perceived_dimension_in_concentrate_here() {
        // mean weight 0.5, mean perception (6 + 4.75) / 2 = 5.375: TANGIBLES 0.45 / 6 → possible overkill;
        // RELIABILITY 0.55 / 4.75 → concentrate here (a dissatisfier)
        ImportancePerformance.Chart chart = ImportancePerformance.of(Servqual.of(DIMS, example()).dimensions());
        assertThat(chart.importanceLine()).isCloseTo(0.5, EXACT);
        assertThat(chart.performanceLine()).isCloseTo(5.375, EXACT);
        assertThat(chart.points()).extracting(ImportancePerformance.Point::quadrant)
                .containsExactly(ImportancePerformance.Quadrant.POSSIBLE_OVERKILL, ImportancePerformance.Quadrant.CONCENTRATE_HERE);
        assertThat(chart.dissatisfiers()).containsExactly(Dimension.RELIABILITY);
        assertThat(Dimension.of(Dimension.Model.FIVE)).hasSize(5);
        assertThat(Dimension.of(Dimension.Model.NINE)).hasSize(9);
    }
}
