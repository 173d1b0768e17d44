package com.creditwb.workbench.credit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a scoring model must satisfy before it is saved: each problem names its field. */
class ModelCheckTest {

    static final ScoringModel DEFAULT = DefaultScoringModel.build(k -> "zh " + k, k -> "en " + k);

    static ScoringModel with(List<ScoringModel.RatioBand> bands, List<ScoringModel.RatingBand> ratings, List<ScoringModel.ClassRule> classes,
            List<Double> factorAhp) {
        ScoringModel m = DEFAULT;
        return new ScoringModel(m.factors(), factorAhp, m.fiveCWeight(), m.ratioWeight(), bands, m.industryBands(), ratings, classes,
                m.limit(), m.monitoring());
    }

    static List<String> fields(ScoringModel m) {
        return ModelCheck.problems(m).stream().map(ModelCheck.Problem::field).toList();
    }

    @Test
    void the_default_model_has_no_problem() {
        assertThat(ModelCheck.problems(DEFAULT)).isEmpty();
    }

    @Test
    void ratio_bands_need_ascending_thresholds_one_more_point_value_and_points_that_run_with_the_direction() {
        List<ScoringModel.RatioBand> bands = new ArrayList<>(DEFAULT.ratioBands());
        ScoringModel.RatioBand first = bands.get(0);
        // thresholds 2.0 then 1.0 do not ascend
        bands.set(0, new ScoringModel.RatioBand(first.ratio(), first.weight(), first.direction(), List.of(2.0, 1.0), List.of(0.0, 50.0, 100.0)));
        assertThat(fields(with(bands, DEFAULT.ratings(), DEFAULT.classes(), DEFAULT.factorAhp()))).containsExactly("ratioBands[0]");
        // higher is better, but the points fall: 100, 50, 0
        bands.set(0, new ScoringModel.RatioBand(first.ratio(), first.weight(), ScoringModel.Direction.HIGHER_BETTER, List.of(1.0, 2.0),
                List.of(100.0, 50.0, 0.0)));
        assertThat(fields(with(bands, DEFAULT.ratings(), DEFAULT.classes(), DEFAULT.factorAhp()))).containsExactly("ratioBands[0]");
        // the same ratio twice, and a ratio the engine does not know
        bands.set(0, first);
        bands.add(first);
        bands.add(new ScoringModel.RatioBand("NO_SUCH_RATIO", 1, ScoringModel.Direction.HIGHER_BETTER, List.of(1.0), List.of(0.0, 100.0)));
        assertThat(fields(with(bands, DEFAULT.ratings(), DEFAULT.classes(), DEFAULT.factorAhp())))
                .containsExactly("ratioBands[" + (bands.size() - 2) + "]", "ratioBands[" + (bands.size() - 1) + "]");
    }

    @Test
    void ratings_need_distinct_grades_and_a_lowest_band_from_zero() {
        List<ScoringModel.RatingBand> ratings = new ArrayList<>(DEFAULT.ratings());
        ScoringModel.RatingBand lowest = ratings.remove(ratings.size() - 1);
        // without the band that starts at 0, a low score would have no rating
        assertThat(fields(with(DEFAULT.ratioBands(), ratings, DEFAULT.classes(), DEFAULT.factorAhp()))).containsExactly("ratings");
        ratings.add(lowest);
        ratings.add(new ScoringModel.RatingBand(ratings.get(0).grade(), 99, ratings.get(0).riskClass()));
        assertThat(fields(with(DEFAULT.ratioBands(), ratings, DEFAULT.classes(), DEFAULT.factorAhp())))
                .contains("ratings." + ratings.get(0).grade());
    }

    @Test
    void every_risk_class_needs_its_countermeasures_and_factor_comparisons_must_be_consistent() {
        List<ScoringModel.ClassRule> classes = new ArrayList<>(DEFAULT.classes());
        classes.remove(0);
        assertThat(fields(with(DEFAULT.ratioBands(), DEFAULT.ratings(), classes, DEFAULT.factorAhp()))).containsExactly("classes");
        // five factors compared: A ≫ B, B ≫ C but C ≫ A — CR far above 0.10
        List<Double> inconsistent = List.of(9.0, 1.0 / 9, 1.0, 1.0, 9.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        List<ModelCheck.Problem> problems = ModelCheck.problems(with(DEFAULT.ratioBands(), DEFAULT.ratings(), DEFAULT.classes(), inconsistent));
        assertThat(problems).extracting(ModelCheck.Problem::field, ModelCheck.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("factorAhp", "credit.ahp.inconsistent"));
        // four comparisons for five factors is not an upper triangle of the right size
        assertThat(fields(with(DEFAULT.ratioBands(), DEFAULT.ratings(), DEFAULT.classes(), List.of(1.0, 1.0, 1.0)))).containsExactly("factorAhp");
    }
}
