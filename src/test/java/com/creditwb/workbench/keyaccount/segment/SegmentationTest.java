package com.creditwb.workbench.keyaccount.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import com.creditwb.workbench.keyaccount.value.Identification;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portfolio analysis, Gale's customer value and the identification score on small worked examples. */
class SegmentationTest {

    /** The default settings, but with five years of data needed for an NPV: potential comes from the indicators. */
    static KeyAccountSettings indicatorsOnly() {
        KeyAccountSettings d = KeyAccountSettings.defaults();
        return new KeyAccountSettings(d.growth(), d.retention(), d.discountRate(), d.relationshipLifeYears(), 5, d.indicatorWeights(), null,
                d.platinumShare(), d.goldShare(), d.ironShare(), d.paretoHead(), d.identificationYes(), d.identificationMaybe(),
                d.longRelationshipYears(), d.highMargin(), d.lowMargin(), d.manyCustomersAbove(), d.fewCustomersBelow());
    }

    /** Revenue 1,000; cost of goods 600 and variable cost 0, fixed cost 400 − profit: the profit contribution is {@code profit}. */
    static Segmentation.Account account(long id, int profit, boolean bestIndicators, int purchases, int tenure) {
        AccountEconomics e = new AccountEconomics(2025, new BigDecimal("1000"), new BigDecimal("600"), BigDecimal.ZERO,
                BigDecimal.valueOf(400 - profit), 0.5, purchases, tenure);
        Map<LoyaltyIndicator, Double> ind = new EnumMap<>(LoyaltyIndicator.class);
        for (LoyaltyIndicator i : LoyaltyIndicator.values()) {
            boolean high = bestIndicators == i.higherIsBetter();
            ind.put(i, high ? 5.0 : 1.0);
        }
        return new Segmentation.Account(id, List.of(e), ind, RelationshipLevel.REACTIVE);
    }

    @Test
    void four_accounts_fall_into_the_four_quadrants_tiers_pareto_and_loyalty_segments() {
        Segmentation.Result r = Segmentation.of(List.of(account(1, 100, true, 10, 2), account(2, 200, false, 10, 8),
                account(3, 300, true, 20, 8), account(4, 400, false, 20, 2)), indicatorsOnly());
        // indicator scores: every indicator at its best scores 100, at its worst 60 (efficacy coefficient), weights equal
        assertThat(r.values().get(1L).indicatorScore()).isCloseTo(100, within(1e-9));
        assertThat(r.values().get(2L).indicatorScore()).isCloseTo(60, within(1e-9));
        // medians: current (200 + 300) / 2 = 250, potential (60 + 100) / 2 = 80
        assertThat(r.currentMedian()).isEqualTo(250);
        assertThat(r.potentialMedian()).isEqualTo(80);
        assertThat(r.values().get(1L).quadrant()).isEqualTo(RelationshipStrategy.MAIN);        // low current, high potential
        assertThat(r.values().get(2L).quadrant()).isEqualTo(RelationshipStrategy.RISK);        // low, low
        assertThat(r.values().get(3L).quadrant()).isEqualTo(RelationshipStrategy.STRATEGIC);   // high, high
        assertThat(r.values().get(4L).quadrant()).isEqualTo(RelationshipStrategy.TRANSACTION); // high current, low potential
        // pyramid 5/15/30 % of 4 accounts: ⌈0.2⌉ = 1 platinum, ⌈0.6⌉ = 1 gold, ⌈1.2⌉ = 2 iron, by profit rank
        assertThat(r.values().get(4L).tier()).isEqualTo(Pyramid.Tier.PLATINUM);
        assertThat(r.values().get(3L).tier()).isEqualTo(Pyramid.Tier.GOLD);
        assertThat(r.values().get(1L).tier()).isEqualTo(Pyramid.Tier.IRON);
        // profit 1,000 in all: 400 (40 %), 300 (70 %), 200 (90 %, crosses 80 %) are the head; 100 is not
        assertThat(r.values().get(2L).profitHead()).isTrue();
        assertThat(r.values().get(1L).profitHead()).isFalse();
        // Dick & Basu: attitude = indicator score ≥ 80, repeat = purchases ≥ median 15
        assertThat(r.values().get(1L).loyalty()).isEqualTo(LoyaltySegment.LATENT);
        assertThat(r.values().get(2L).loyalty()).isEqualTo(LoyaltySegment.NO_LOYALTY);
        assertThat(r.values().get(3L).loyalty()).isEqualTo(LoyaltySegment.LOYAL);
        assertThat(r.values().get(4L).loyalty()).isEqualTo(LoyaltySegment.SPURIOUS);
        // Reinartz & Kumar: profitable = current ≥ median 250, long = 5 years or more
        assertThat(r.values().get(3L).profitability()).isEqualTo(ProfitabilitySegment.TRUE_FRIEND);
        assertThat(r.values().get(4L).profitability()).isEqualTo(ProfitabilitySegment.BUTTERFLY);
        assertThat(r.values().get(2L).profitability()).isEqualTo(ProfitabilitySegment.BARNACLE);
        assertThat(r.values().get(1L).profitability()).isEqualTo(ProfitabilitySegment.STRANGER);
        // Kotler: 4 accounts are "few" (< 100); margin 10 % is medium → proactive, 40 % high → partnership
        assertThat(r.customerCount()).isEqualTo(RelationshipStrategy.CustomerCount.FEW);
        assertThat(r.values().get(1L).kotlerLevel()).isEqualTo(RelationshipLevel.PROACTIVE);
        assertThat(r.values().get(4L).kotlerLevel()).isEqualTo(RelationshipLevel.PARTNERSHIP);
    }

    @Test
    void with_two_years_of_data_the_potential_is_the_npv_of_the_projection() {
        AccountEconomics y1 = new AccountEconomics(2024, new BigDecimal("1000"), new BigDecimal("600"), BigDecimal.ZERO, new BigDecimal("300"),
                null, null, 13);
        AccountEconomics y2 = new AccountEconomics(2025, new BigDecimal("1000"), new BigDecimal("600"), BigDecimal.ZERO, new BigDecimal("300"),
                null, null, 14);
        KeyAccountSettings s = KeyAccountSettings.defaults();
        // margin 100, one year left (15 − 14): 100 × 1.03 × 0.85 / 1.08 = 81.0648…
        var p = Segmentation.projection(List.of(y1, y2), s);
        assertThat(p.years()).hasSize(1);
        assertThat(p.npv()).isCloseTo(100 * 1.03 * 0.85 / 1.08, within(1e-9));
        assertThat(Segmentation.projection(List.of(y2), s)).isNull();
    }

    @Test
    void gale_customer_value_weighs_relative_quality_and_price() {
        GaleValue.Result r = GaleValue.of(new GaleValue.Survey(0.5, List.of(
                new GaleValue.Element(GaleValue.Dimension.QUALITY, "quality", 0.6, 8, 4),
                new GaleValue.Element(GaleValue.Dimension.QUALITY, "delivery", 0.4, 6, 6),
                new GaleValue.Element(GaleValue.Dimension.PRICE, "price", 1, 6, 8))));
        // MV = 0.6 × 8/4 + 0.4 × 6/6 = 1.6; CP = 6/8 = 0.75; CV = 0.5 × 1.6 + 0.5 × 0.75 = 1.175
        assertThat(r.marketQuality()).isCloseTo(1.6, within(1e-12));
        assertThat(r.competitivePrice()).isCloseTo(0.75, within(1e-12));
        assertThat(r.customerValue()).isCloseTo(1.175, within(1e-12));
        assertThat(GaleValue.of(new GaleValue.Survey(0.5, List.of(new GaleValue.Element(GaleValue.Dimension.PRICE, "p", 1, 1, 1))))).isNull();
    }

    @Test
    void identification_scores_the_six_answers_out_of_one_hundred() {
        // 3 × 6 = 18 of 30 = 60: at least 50, below 70 → a candidate
        Identification.Result r = Identification.score(List.of(3, 3, 3, 3, 3, 3), 70, 50);
        assertThat(r.score()).isCloseTo(60, within(1e-9));
        assertThat(r.suggested()).isEqualTo(Identification.Outcome.MAYBE);
        assertThat(Identification.score(List.of(5, 5, 5, 4, 4, 4), 70, 50).suggested()).isEqualTo(Identification.Outcome.YES);
        assertThat(Identification.score(List.of(1, 2, 1, 2, 1, 2), 70, 50).suggested()).isEqualTo(Identification.Outcome.NO);
    }
}
