package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.IssueKind;
import com.creditwb.workbench.negotiation.domain.IssueTargets;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.negotiation.domain.Concessions.Offer;
import com.creditwb.workbench.negotiation.domain.Concessions.Side;
import com.creditwb.workbench.negotiation.domain.IssueTargets.Better;
import com.creditwb.workbench.negotiation.domain.IssueTargets.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Utility, levels, package score, concessions and reciprocity, team size and lead fit with worked numbers (plain JUnit). */
class NegotiationDomainTest {

    static final Offset<Double> EXACT = Offset.offset(1e-9);
    // we sell: price higher is better (optimal 120, acceptable 110, minimum 100); payment terms lower (30 / 45 / 60 days)
    static final IssueTargets PRICE = new IssueTargets("price", Better.HIGHER, 3, 120, 110, 100);
    static final IssueTargets TERMS = new IssueTargets("terms", Better.LOWER, 1, 30, 45, 60);

    @Test
    void utility_and_level_of_a_value_against_the_three_targets() {
        // u(115) = 100 × (115 − 100) / (120 − 100) = 75, between acceptable 110 and optimal 120
        assertThat(PRICE.utility(115)).isCloseTo(75, EXACT);
        assertThat(PRICE.level(115)).isEqualTo(Level.ACCEPTABLE);
        // capped at 100 above the optimal, not floored below the minimum: u(90) = 100 × (−10) / 20 = −50
        assertThat(PRICE.utility(130)).isCloseTo(100, EXACT);
        assertThat(PRICE.level(130)).isEqualTo(Level.OPTIMAL);
        assertThat(PRICE.utility(90)).isCloseTo(-50, EXACT);
        assertThat(PRICE.level(90)).isEqualTo(Level.BELOW);
        assertThat(PRICE.level(100)).isEqualTo(Level.MINIMUM);
        // lower is better: u(40) = 100 × (40 − 60) / (30 − 60) = 66.67; 40 reaches acceptable 45
        assertThat(TERMS.utility(40)).isCloseTo(200.0 / 3, EXACT);
        assertThat(TERMS.level(40)).isEqualTo(Level.ACCEPTABLE);
        assertThat(TERMS.level(61)).isEqualTo(Level.BELOW);
    }

    @Test
    void target_sets_must_be_consistent_in_their_direction() {
        assertThat(PRICE.consistent()).isTrue();
        assertThat(TERMS.consistent()).isTrue();
        assertThat(new IssueTargets("price", Better.HIGHER, 1, 120, 125, 100).consistent()).as("acceptable above optimal").isFalse();
        assertThat(new IssueTargets("price", Better.HIGHER, 1, 100, 100, 100).consistent()).as("optimal equal to minimum").isFalse();
        assertThat(new IssueTargets("terms", Better.LOWER, 1, 60, 45, 30).consistent()).as("the wrong way round").isFalse();
    }

    @Test
    void a_package_scores_the_weighted_utilities_and_a_value_below_its_minimum_is_a_breach() {
        // weights 3 and 1 normalised to 0.75 and 0.25: price 115 → 75, terms 40 → 66.67: 0.75 × 75 + 0.25 × 66.67 = 72.92
        PackageScore.Result r = PackageScore.score(List.of(PRICE, TERMS), Map.of("price", 115.0, "terms", 40.0));
        assertThat(r.score()).isCloseTo(0.75 * 75 + 0.25 * 200.0 / 3, EXACT);
        assertThat(r.breaches()).isEmpty();
        // a high price does not save terms of 70 days: u = 100 × 10 / −30 = −33.3, a breach whatever the score
        PackageScore.Result breach = PackageScore.score(List.of(PRICE, TERMS), Map.of("price", 130.0, "terms", 70.0));
        assertThat(breach.score()).isCloseTo(0.75 * 100 + 0.25 * (-100.0 / 3), EXACT);
        assertThat(breach.breaches()).containsExactly("terms");
        // all acceptable: price 110 → 50, terms 45 → 50: 50
        assertThat(PackageScore.acceptableScore(List.of(PRICE, TERMS))).isCloseTo(50, EXACT);
        assertThat(PackageScore.score(List.of(PRICE, TERMS), Map.of("price", 110.0)).missing()).containsExactly("terms");
    }

    @Test
    void concessions_reciprocity_and_two_unanswered_concessions_in_a_row() {
        // our offers score 90, 80, 70 (we concede 10 + 10 = 20); theirs 20, 35 (they concede 15)
        Concessions.Result r = Concessions.of(List.of(new Offer(Side.US, 90), new Offer(Side.THEM, 20), new Offer(Side.US, 80),
                new Offer(Side.THEM, 35), new Offer(Side.US, 70)));
        assertThat(r.ours()).isCloseTo(20, EXACT);
        assertThat(r.theirs()).isCloseTo(15, EXACT);
        assertThat(r.reciprocity()).isCloseTo(0.75, EXACT);
        assertThat(r.unreciprocated()).as("their 35 answered our first concession").isFalse();
        // 90 → 80 → 70 with their 20 → 20 between: two of ours in a row unanswered
        Concessions.Result u = Concessions.of(List.of(new Offer(Side.US, 90), new Offer(Side.THEM, 20), new Offer(Side.US, 80),
                new Offer(Side.THEM, 20), new Offer(Side.US, 70)));
        assertThat(u.unreciprocated()).isTrue();
        assertThat(u.theirs()).isZero();
        // we conceded nothing: no reciprocity
        assertThat(Concessions.of(List.of(new Offer(Side.US, 90), new Offer(Side.US, 95))).reciprocity()).isNull();
    }

    @Test
    void the_team_size_follows_importance_difficulty_and_contract_value_and_each_topic_wants_its_expert() {
        assertThat(TeamRules.suggestedSize(TeamRules.DEFAULT_SIZES, TeamRules.Importance.LOW, TeamRules.Difficulty.LOW, 500_000.0)).isEqualTo(2);
        // HIGH 4, +1 for HIGH difficulty, +1 for 12,000,000 元 ≥ 10,000,000
        assertThat(TeamRules.suggestedSize(TeamRules.DEFAULT_SIZES, TeamRules.Importance.HIGH, TeamRules.Difficulty.HIGH, 12_000_000.0))
                .isEqualTo(6);
        assertThat(TeamRules.suggestedSize(Map.of(TeamRules.Importance.CRITICAL, 7), TeamRules.Importance.CRITICAL,
                TeamRules.Difficulty.MEDIUM, null)).isEqualTo(7);
        assertThat(TeamRules.leadFits(TeamRules.Topic.LEGAL, Set.of(TeamRules.Expertise.LEGAL, TeamRules.Expertise.FINANCE))).isTrue();
        assertThat(TeamRules.leadFits(TeamRules.Topic.TECHNICAL, Set.of(TeamRules.Expertise.COMMERCIAL))).isFalse();
    }

    @Test
    void authority_expires_when_it_ends_before_the_deadline_and_strength_sums_the_factors() {
        var authority = new CounterpartAnalysis.Authority("李总", CounterpartAnalysis.AuthorityKind.POWER_OF_ATTORNEY, "500 万元以内",
                java.time.LocalDate.of(2026, 12, 15));
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1);
        assertThat(authority.expired(java.time.LocalDate.of(2026, 12, 31), today)).as("ends before the deadline").isTrue();
        assertThat(authority.expired(java.time.LocalDate.of(2026, 12, 10), today)).isFalse();
        assertThat(authority.expired(null, java.time.LocalDate.of(2026, 12, 16))).as("has ended").isTrue();
        assertThat(new CounterpartAnalysis.Authority("李总", null, null, null).expired(java.time.LocalDate.MAX, today)).isFalse();
        // +2 (they have no alternative) −1 (we are pressed for time) +0 = +1: we are slightly stronger
        var a = new CounterpartAnalysis(List.of(), null, Map.of(CounterpartAnalysis.StrengthFactor.ALTERNATIVES, 2,
                CounterpartAnalysis.StrengthFactor.TIME_PRESSURE, -1, CounterpartAnalysis.StrengthFactor.INFORMATION, 0));
        assertThat(a.strengthSum()).isEqualTo(1);
        assertThat(a.legalChecksConfirmed()).isFalse();
        assertThat(a.check(CounterpartAnalysis.LegalCheckKind.CAPACITY).confirmed()).isFalse();
    }

    @Test
    void an_issues_better_direction_defaults_by_kind_and_whether_we_sell_or_buy() {
        assertThat(IssueKind.PRICE.defaultBetter(Direction.SELL)).isEqualTo(Better.HIGHER);
        assertThat(IssueKind.PRICE.defaultBetter(Direction.BUY)).isEqualTo(Better.LOWER);
        assertThat(IssueKind.PAYMENT_TERMS_DAYS.defaultBetter(Direction.SELL)).as("paid sooner").isEqualTo(Better.LOWER);
        assertThat(IssueKind.PAYMENT_TERMS_DAYS.defaultBetter(Direction.BUY)).isEqualTo(Better.HIGHER);
        assertThat(IssueKind.WARRANTY_MONTHS.defaultBetter(Direction.BUY)).isEqualTo(Better.HIGHER);
        assertThat(IssueKind.DELIVERY_DAYS.defaultBetter(Direction.BUY)).isEqualTo(Better.LOWER);
        assertThat(IssueKind.OTHER.defaultBetter(Direction.BUY)).isEqualTo(Better.HIGHER);
    }

    @Test
    void the_list_filter_tells_mine_from_my_teams_and_matches_status_direction_and_subject() {
        Negotiation n = NegotiationFixtures.of(5, NegotiationStatus.IN_PROGRESS); // account1's, credit1 on the team
        assertThat(new NegotiationFilter(NegotiationFilter.Scope.MINE, null, null, null).matches(n, "account1")).isTrue();
        assertThat(new NegotiationFilter(NegotiationFilter.Scope.MINE, null, null, null).matches(n, "credit1")).isFalse();
        assertThat(new NegotiationFilter(NegotiationFilter.Scope.TEAM, null, null, null).matches(n, "credit1")).isTrue();
        assertThat(new NegotiationFilter(NegotiationFilter.Scope.TEAM, null, null, null).matches(n, "account1")).as("owner, not team").isFalse();
        assertThat(new NegotiationFilter(null, NegotiationStatus.IN_PROGRESS, Direction.SELL, " 供货 ").matches(n, "x")).isTrue();
        assertThat(new NegotiationFilter(null, NegotiationStatus.AGREED, null, null).matches(n, "x")).isFalse();
        assertThat(new NegotiationFilter(null, null, Direction.BUY, null).matches(n, "x")).isFalse();
        assertThat(new NegotiationFilter(null, null, null, "采购").matches(n, "x")).isFalse();
    }

    @Test
    void multiline_text_allows_line_breaks_but_not_other_controls_or_bidi_overrides_even_when_long() {
        assertThat(com.creditwb.workbench.common.validation.PlainText.isPlainMultiline("第一行\n第二行\r\n\t缩进")).isTrue();
        assertThat(com.creditwb.workbench.common.validation.PlainText.isPlainMultiline("a\u0000b")).isFalse();
        assertThat(com.creditwb.workbench.common.validation.PlainText.isPlainMultiline("abc\u202Edef")).isFalse();
        assertThat(com.creditwb.workbench.common.validation.PlainText.isPlainMultiline("x\n".repeat(100_000))).isTrue();
    }
}
