package com.creditwb.workbench.statement.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.SampleWorkbooks;
import com.creditwb.workbench.statement.domain.StatementValues;
import com.creditwb.workbench.statement.importing.ImportDraft;
import com.creditwb.workbench.statement.importing.StatementWorkbookParser;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Worked example: the sample company of {@link SampleWorkbooks} (figures in 万元 there), 2025 with
 * 2024 as prior period, a 365-day year. Every expected number is worked by hand in the comment.
 */
class RatioEngineTest {

    static StatementValues y2025;
    static StatementValues y2024;
    static Map<String, RatioResult> r;

    @BeforeAll
    static void compute() {
        ImportDraft draft = ImportDraft.build(new StatementWorkbookParser(Map.of())
                .parse(SafeWorkbookReader.open(SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide()))), null, null);
        y2025 = draft.current();
        y2024 = draft.prior();
        r = RatioEngine.compute(y2025, y2024, 365);
    }

    static double v(String key) {
        assertThat(r.get(key).meaningful()).as(key).isTrue();
        return r.get(key).value();
    }

    @Test
    void every_ratio_of_the_api_contract_is_computed() {
        assertThat(r.keySet()).containsExactlyInAnyOrderElementsOf(RatioEngine.KEYS);
        assertThat(r.values()).allMatch(RatioResult::meaningful);
    }

    @Test
    void solvency() {
        assertThat(v("currentRatio")).isCloseTo(2600.0 / 1200, within(1e-9));      // 2.1667
        assertThat(v("quickRatio")).isCloseTo((2600.0 - 600) / 1200, within(1e-9)); // 1.6667
        assertThat(v("cashRatio")).isCloseTo(1.0, within(1e-9));                    // 1,200 / 1,200
        assertThat(v("debtRatio")).isCloseTo(2500.0 / 6000, within(1e-9));          // 0.4167
        assertThat(v("debtToEquity")).isCloseTo(2500.0 / 3500, within(1e-9));       // 0.7143
        assertThat(v("interestCoverage")).isCloseTo((1000.0 + 160) / 160, within(1e-9)); // EBIT 1,160 / 160 = 7.25
        assertThat(r.get("interestCoverage").inputs()).containsEntry("EBIT", new BigDecimal("11600000.00"));
    }

    @Test
    void operating_capacity_uses_averages_of_opening_and_closing_balance() {
        assertThat(v("receivablesTurnover")).isCloseTo(10000.0 / 750, within(1e-9)); // avg AR (800+700)/2
        assertThat(r.get("receivablesTurnover").averaged()).isTrue();
        assertThat(r.get("receivablesTurnover").formula()).isEqualTo("IS_REVENUE / avg(BS_AR)");
        assertThat(r.get("receivablesTurnover").inputs()).containsEntry("BS_AR.prior", new BigDecimal("7000000.00"));
        assertThat(v("dso")).isCloseTo(365 / (10000.0 / 750), within(1e-9));         // 27.375 days
        assertThat(v("inventoryTurnover")).isCloseTo(7000.0 / 550, within(1e-9));   // 12.727
        assertThat(v("dio")).isCloseTo(365 * 550 / 7000.0, within(1e-9));            // 28.679 days
        assertThat(v("payablesTurnover")).isCloseTo(7000.0 / 650, within(1e-9));    // 10.769
        assertThat(v("dpo")).isCloseTo(365 * 650 / 7000.0, within(1e-9));            // 33.893 days
        assertThat(v("cashConversionCycle")).isCloseTo(27.375 + 365 * 550 / 7000.0 - 365 * 650 / 7000.0, within(1e-9)); // 22.161
        assertThat(v("totalAssetTurnover")).isCloseTo(10000.0 / 5750, within(1e-9)); // avg TA (6,000+5,500)/2
    }

    @Test
    void profitability_growth_cash_flow_and_asset_quality() {
        assertThat(v("grossMargin")).isCloseTo(0.30, within(1e-9));              // (10,000-7,000)/10,000
        assertThat(v("operatingMargin")).isCloseTo(0.105, within(1e-9));         // 1,050/10,000
        assertThat(v("netMargin")).isCloseTo(0.075, within(1e-9));               // 750/10,000
        assertThat(v("roa")).isCloseTo(750.0 / 5750, within(1e-9));               // 0.1304
        assertThat(v("roe")).isCloseTo(750.0 / 3350, within(1e-9));               // avg equity (3,500+3,200)/2: 0.2239
        assertThat(v("revenueGrowth")).isCloseTo(10000.0 / 9000 - 1, within(1e-9)); // 11.1 %
        assertThat(v("netProfitGrowth")).isCloseTo(750.0 / 675 - 1, within(1e-9));  // 11.1 %
        assertThat(v("totalAssetGrowth")).isCloseTo(6000.0 / 5500 - 1, within(1e-9)); // 9.09 %
        assertThat(v("ocfToCurrentLiabilities")).isCloseTo(0.75, within(1e-9));   // 900/1,200
        assertThat(v("ocfToNetProfit")).isCloseTo(1.2, within(1e-9));             // 900/750
        assertThat(v("receivablesAndInventoryToAssets")).isCloseTo(1400.0 / 6000, within(1e-9)); // (800+600)/6,000
        assertThat(v("intangiblesToAssets")).isCloseTo(400.0 / 6000, within(1e-9)); // no goodwill
    }

    @Test
    void without_a_prior_period_closing_balances_are_used_and_growth_is_not_meaningful() {
        Map<String, RatioResult> alone = RatioEngine.compute(y2025, null, 365);
        assertThat(alone.get("receivablesTurnover").value()).isCloseTo(10000.0 / 800, within(1e-9));
        assertThat(alone.get("receivablesTurnover").averaged()).isFalse();
        assertThat(alone.get("revenueGrowth").meaningful()).isFalse();
        assertThat(alone.get("revenueGrowth").reason()).isEqualTo("noPriorPeriod");
        assertThat(alone.get("revenueGrowth").value()).isNull();
        // which ratios would average (the screen says "closing balances used" for those only)
        assertThat(RatioEngine.usesAverages("roe")).isTrue();
        assertThat(RatioEngine.usesAverages("dso")).isTrue();
        assertThat(RatioEngine.usesAverages("currentRatio")).isFalse();
    }

    @Test
    void an_interim_period_counts_its_own_days() {
        // half-year to 30 June: 181 days; DSO = 181 / (10,000 / 750)
        Map<String, RatioResult> half = RatioEngine.compute(y2025, y2024, 181);
        assertThat(half.get("dso").value()).isCloseTo(181 * 750 / 10000.0, within(1e-9));
    }

    @Test
    void zero_or_negative_denominators_are_not_meaningful_with_the_reason() {
        Map<LineItem, BigDecimal> m = new EnumMap<>(y2025.amounts());
        m.put(LineItem.BS_CL_TOTAL, BigDecimal.ZERO);
        m.put(LineItem.BS_EQUITY_TOTAL, new BigDecimal("-100"));
        m.put(LineItem.IS_INTEREST_EXPENSE, BigDecimal.ZERO);
        Map<String, RatioResult> odd = RatioEngine.compute(new StatementValues(m), null, 365);
        assertThat(odd.get("currentRatio").reason()).isEqualTo("zeroDenominator");
        assertThat(odd.get("currentRatio").value()).isNull();
        assertThat(odd.get("interestCoverage").reason()).isEqualTo("zeroDenominator");
        assertThat(odd.get("roe").reason()).isEqualTo("negativeDenominator");
        assertThat(odd.get("debtToEquity").reason()).isEqualTo("negativeDenominator");
        assertThat(odd.values()).noneMatch(x -> x.value() != null && (x.value().isNaN() || x.value().isInfinite()));
    }

    @Test
    void altman_variants_terms_and_zones() {
        // X1 = (2,600-1,200)/6,000 = 0.23333, X2 = 1,500/6,000 = 0.25, X3 = 1,160/6,000 = 0.19333,
        // X4 (book) = 3,500/2,500 = 1.4, X5 = 10,000/6,000 = 1.66667
        AltmanZ.Result z2 = AltmanZ.compute(AltmanZ.Variant.Z2, y2025, null);
        // Z'' = 6.56*0.23333 + 3.26*0.25 + 6.72*0.19333 + 1.05*1.4 = 5.11487
        assertThat(z2.value()).isCloseTo(5.114867, within(1e-5));
        assertThat(z2.zone()).isEqualTo(AltmanZ.Zone.SAFE);
        assertThat(z2.terms()).containsOnlyKeys("X1", "X2", "X3", "X4");
        AltmanZ.Result z1 = AltmanZ.compute(AltmanZ.Variant.Z1, y2025, null);
        // Z' = 0.717*0.23333 + 0.847*0.25 + 3.107*0.19333 + 0.420*1.4 + 0.998*1.66667 = 3.23107
        assertThat(z1.value()).isCloseTo(3.231070, within(1e-5));
        // Z with a market value of 2,000 万元: X4 = 2,000/2,500 = 0.8;
        // 1.2*0.23333 + 1.4*0.25 + 3.3*0.19333 + 0.6*0.8 + 1.0*1.66667 = 3.41467
        AltmanZ.Result z = AltmanZ.compute(AltmanZ.Variant.Z, y2025, new BigDecimal("20000000"));
        assertThat(z.value()).isCloseTo(3.414667, within(1e-5));
        assertThat(AltmanZ.compute(AltmanZ.Variant.Z, y2025, null).reason()).isEqualTo("marketValueMissing");
        assertThat(AltmanZ.choose(true, null)).isEqualTo(AltmanZ.Variant.Z1);
        assertThat(AltmanZ.choose(true, BigDecimal.TEN)).isEqualTo(AltmanZ.Variant.Z);
        assertThat(AltmanZ.choose(false, BigDecimal.TEN)).isEqualTo(AltmanZ.Variant.Z2);
    }

    @Test
    void a_weak_company_lands_in_the_distress_zone() {
        Map<LineItem, BigDecimal> m = new EnumMap<>(LineItem.class);
        m.put(LineItem.BS_TA, new BigDecimal("1000"));
        m.put(LineItem.BS_CA_TOTAL, new BigDecimal("200"));
        m.put(LineItem.BS_CL_TOTAL, new BigDecimal("400"));
        m.put(LineItem.BS_TL, new BigDecimal("900"));
        m.put(LineItem.BS_EQUITY_TOTAL, new BigDecimal("100"));
        m.put(LineItem.BS_RETAINED, new BigDecimal("-150"));
        m.put(LineItem.IS_PROFIT_BEFORE_TAX, new BigDecimal("-50"));
        m.put(LineItem.IS_INTEREST_EXPENSE, new BigDecimal("30"));
        // Z'' = 6.56*(-0.2) + 3.26*(-0.15) + 6.72*(-0.02) + 1.05*(100/900) = -1.3120-0.4890-0.1344+0.1167 = -1.8187
        AltmanZ.Result z2 = AltmanZ.compute(AltmanZ.Variant.Z2, new StatementValues(m), null);
        assertThat(z2.value()).isCloseTo(-1.818733, within(1e-5));
        assertThat(z2.zone()).isEqualTo(AltmanZ.Zone.DISTRESS);
    }
}
