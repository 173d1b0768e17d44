package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CandidateRanking;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.DistributionForm;
import com.creditwb.workbench.alliance.domain.HealthIndex;
import com.creditwb.workbench.alliance.domain.OptionKind;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.domain.Principle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.common.math.Ahp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Health index and gaps, stage gates and candidate ranking with worked numbers (plain JUnit, no Spring). */
class AllianceDomainTest {

    static Map<Principle, Integer> scores(int... s) {
        Map<Principle, Integer> m = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            m.put(p, s[p.ordinal()]);
        }
        return m;
    }

    @Test
    void the_health_index_of_a_worked_example_and_its_gaps() {
        // ours 4, 3, 5, 2, 3, 4: (s − 1) = 3, 2, 4, 1, 2, 3, sum 15; equal weights 1/6: 100 × 15 / (6 × 4) = 62.5
        Map<Principle, Integer> ours = scores(4, 3, 5, 2, 3, 4);
        assertThat(HealthIndex.index(ours, HealthIndex.equalWeights())).isCloseTo(62.5, Offset.offset(1e-9));
        // partner 4, 4, 4, 3, 2, 3: (s − 1) sum 3 + 3 + 3 + 2 + 1 + 2 = 14: 100 × 14 / 24 = 58.33…
        Map<Principle, Integer> theirs = scores(4, 4, 4, 3, 2, 3);
        assertThat(HealthIndex.index(theirs, HealthIndex.equalWeights())).isCloseTo(1400.0 / 24, Offset.offset(1e-9));
        // gap = ours − partner's: 0, −1, +1, −1, +1, +1
        assertThat(HealthIndex.gaps(ours, theirs)).containsExactlyEntriesOf(scores(0, -1, 1, -1, 1, 1));
        // the ends: all 1s are 0, all 5s are 100
        assertThat(HealthIndex.index(scores(1, 1, 1, 1, 1, 1), HealthIndex.equalWeights())).isZero();
        assertThat(HealthIndex.index(scores(5, 5, 5, 5, 5, 5), HealthIndex.equalWeights())).isCloseTo(100, Offset.offset(1e-9));
        // weights 0.5 on mutual need, 0.1 on each other: 100 × (0.5 × 3/4 + 0.1 × (2 + 4 + 1 + 2 + 3)/4) = 100 × (0.375 + 0.3) = 67.5
        Map<Principle, Double> w = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            w.put(p, p == Principle.MUTUAL_NEED ? 0.5 : 0.1);
        }
        assertThat(HealthIndex.index(ours, w)).isCloseTo(67.5, Offset.offset(1e-9));
        assertThat(HealthIndex.Band.of(62.5)).isEqualTo(HealthIndex.Band.FAIR);
        assertThat(HealthIndex.Band.of(39.9)).isEqualTo(HealthIndex.Band.WEAK);
        assertThat(HealthIndex.Band.of(70)).isEqualTo(HealthIndex.Band.STRONG);
        assertThatThrownBy(() -> HealthIndex.index(Map.of(Principle.CULTURE, 3), HealthIndex.equalWeights()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Alliance alliance() {
        Alliance a = new Alliance("联盟", "account1");
        a.describe(AllianceForm.named("联盟", null));
        return a;
    }

    static List<String> codes(Alliance a, AllianceStage target) {
        return StageGates.check(a, target, null, null).stream().map(StageGates.Unmet::code).toList();
    }

    @Test
    void each_stage_gate_refuses_with_what_is_missing_and_passes_when_it_holds() {
        Alliance a = alliance();
        assertThat(codes(a, AllianceStage.EVALUATE_OPTIONS)).containsExactly("goal");
        assertThat(codes(a, AllianceStage.FIND_PARTNERS)).containsExactly("oneStepAtATime");
        a.describe(AllianceForm.named("联盟", "共同开发华南市场"));
        assertThat(codes(a, AllianceStage.EVALUATE_OPTIONS)).isEmpty();
        a.moveTo(AllianceStage.EVALUATE_OPTIONS, "account1", java.time.Instant.EPOCH, null, null);

        assertThat(codes(a, AllianceStage.FIND_PARTNERS)).containsExactly("twoOptions", "optionChosen");
        AllianceOption one = option(a, 1, 4);
        AllianceOption two = new AllianceOption(a, 2, OptionKind.OPTION);
        two.update("自建", null, null, null, Map.of(Criterion.STRATEGIC_FIT, 3)); // not scored on every criterion
        a.getOptions().addAll(List.of(one, two));
        assertThat(codes(a, AllianceStage.FIND_PARTNERS)).containsExactly("twoOptions", "optionChosen");
        a.getOptions().set(1, option(a, 2, 2));
        one.setChosen(true);
        assertThat(codes(a, AllianceStage.FIND_PARTNERS)).isEmpty();
        a.moveTo(AllianceStage.FIND_PARTNERS, "account1", java.time.Instant.EPOCH, null, null);

        assertThat(codes(a, AllianceStage.DESIGN_TYPE)).containsExactly("partner");
        a.getPartners().add(new AlliancePartner(a, 1, 7L, "甲公司", null, null, null));
        a.getPartners().add(new AlliancePartner(a, 2, null, "乙公司", null, null, null));
        assertThat(codes(a, AllianceStage.DESIGN_TYPE)).isEmpty();
        a.moveTo(AllianceStage.DESIGN_TYPE, "account1", java.time.Instant.EPOCH, null, null);

        assertThat(codes(a, AllianceStage.NEGOTIATE_SIGN)).containsExactly("participantForm", "compositionForm");
        AllianceForm typed = new AllianceForm("联盟", "共同开发华南市场", Set.of(), null, null, ParticipantForm.COMPLEMENTARY,
                CompositionForm.EQUITY, true, null, Map.of(), Map.of(), null, null, null, null, null, null, null, null, 6, List.of());
        a.describe(typed);
        assertThat(codes(a, AllianceStage.NEGOTIATE_SIGN)).as("producer–distributor needs its form; equity the shares")
                .containsExactly("distributionForm", "equityShares");
        a.describe(new AllianceForm("联盟", "共同开发华南市场", Set.of(), null, null, ParticipantForm.COMPLEMENTARY, CompositionForm.EQUITY,
                true, DistributionForm.JOINT_VENTURE, Map.of(), Map.of(), null, null, null, null, null, null, null, null, 6, List.of()));
        a.getPartners().get(0).update("甲公司", null, null, new BigDecimal("0.6"));
        a.getPartners().get(1).update("乙公司", null, null, new BigDecimal("0.3"));
        assertThat(codes(a, AllianceStage.NEGOTIATE_SIGN)).containsExactly("equityShares"); // 60 % + 30 % = 90 %
        a.getPartners().get(1).update("乙公司", null, null, new BigDecimal("0.4"));
        assertThat(codes(a, AllianceStage.NEGOTIATE_SIGN)).isEmpty();
        a.moveTo(AllianceStage.NEGOTIATE_SIGN, "account1", java.time.Instant.EPOCH, null, null);

        assertThat(codes(a, AllianceStage.OPERATING)).containsExactly("signedDate", "terms");
        a.describe(new AllianceForm("联盟", "共同开发华南市场", Set.of(), null, null, ParticipantForm.COMPLEMENTARY, CompositionForm.EQUITY,
                true, DistributionForm.JOINT_VENTURE, Map.of(), Map.of(), LocalDate.of(2026, 3, 1), "华南市场共同开发", null, null, null, null,
                null, null, 6, List.of()));
        assertThat(codes(a, AllianceStage.OPERATING)).isEmpty();
        a.moveTo(AllianceStage.OPERATING, "account1", java.time.Instant.EPOCH, null, null);

        assertThat(codes(a, AllianceStage.ENDED)).containsExactly("endDate", "reason");
        assertThat(StageGates.check(a, AllianceStage.ENDED, "目标达成", LocalDate.of(2026, 11, 1))).isEmpty();
        a.moveTo(AllianceStage.ENDED, "account1", java.time.Instant.EPOCH, "目标达成", LocalDate.of(2026, 11, 1));
        assertThat(a.getEndReason()).isEqualTo("目标达成");
        assertThat(codes(a, AllianceStage.OPERATING)).containsExactly("ended");
        assertThat(a.getMoves()).extracting(StageMove::getTo).containsExactly(AllianceStage.EVALUATE_OPTIONS, AllianceStage.FIND_PARTNERS,
                AllianceStage.DESIGN_TYPE, AllianceStage.NEGOTIATE_SIGN, AllianceStage.OPERATING, AllianceStage.ENDED);
    }

    static AllianceOption option(Alliance a, int position, int score) {
        AllianceOption o = new AllianceOption(a, position, OptionKind.OPTION);
        Map<Criterion, Integer> s = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            s.put(c, score);
        }
        o.update("方案" + position, null, null, null, s);
        return o;
    }

    @Test
    void candidates_are_ranked_by_their_weighted_score_with_ahp_weights() {
        // AHP over the five criteria: strategic fit 3× as important as each other criterion, the others alike.
        // Its principal eigenvector is (3, 1, 1, 1, 1) / 7 (the matrix is consistent, CR = 0).
        double[][] m = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                m[i][j] = i == j ? 1 : i == 0 ? 3 : j == 0 ? 1 / 3.0 : 1;
            }
        }
        Ahp.Result r = Ahp.weigh(m);
        assertThat(r.weights()[0]).isCloseTo(3 / 7.0, Offset.offset(1e-6));
        assertThat(r.cr()).isLessThan(Ahp.CR_LIMIT);
        Map<Criterion, Double> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, r.weights()[c.ordinal()]);
        }
        // A: fit 5, others 2 → (3 × 5 + 4 × 2) / 7 = 23/7 = 3.29; B: fit 2, others 4 → (6 + 16) / 7 = 22/7 = 3.14
        Map<Criterion, Integer> a = new EnumMap<>(Criterion.class);
        Map<Criterion, Integer> b = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            a.put(c, c == Criterion.STRATEGIC_FIT ? 5 : 2);
            b.put(c, c == Criterion.STRATEGIC_FIT ? 2 : 4);
        }
        assertThat(CandidateRanking.score(a, w)).isCloseTo(23 / 7.0, Offset.offset(1e-6));
        assertThat(CandidateRanking.score(b, w)).isCloseTo(22 / 7.0, Offset.offset(1e-6));
        // with equal weights B wins: A = (5 + 8) / 5 = 2.6, B = (2 + 16) / 5 = 3.6
        assertThat(CandidateRanking.score(b, null)).isCloseTo(3.6, Offset.offset(1e-9));
        Map<Criterion, Integer> unscored = Map.of(Criterion.STRATEGIC_FIT, 5);
        List<Map<Criterion, Integer>> ranked = CandidateRanking.ranked(List.of(unscored, b, a), s -> CandidateRanking.score(s, w));
        assertThat(ranked).containsExactly(a, b, unscored);
        assertThat(CandidateRanking.financialStrength("AA")).isEqualTo(5);
        assertThat(CandidateRanking.financialStrength("BBB")).isEqualTo(3);
        assertThat(CandidateRanking.financialStrength("C")).isEqualTo(1);
    }
}
