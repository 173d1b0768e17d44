package com.creditwb.workbench.statement.ratio;

import static com.creditwb.workbench.statement.domain.LineItem.BS_AP;
import static com.creditwb.workbench.statement.domain.LineItem.BS_AR;
import static com.creditwb.workbench.statement.domain.LineItem.BS_CASH;
import static com.creditwb.workbench.statement.domain.LineItem.BS_CA_TOTAL;
import static com.creditwb.workbench.statement.domain.LineItem.BS_CL_TOTAL;
import static com.creditwb.workbench.statement.domain.LineItem.BS_EQUITY_TOTAL;
import static com.creditwb.workbench.statement.domain.LineItem.BS_GOODWILL;
import static com.creditwb.workbench.statement.domain.LineItem.BS_INTANGIBLES;
import static com.creditwb.workbench.statement.domain.LineItem.BS_INVENTORIES;
import static com.creditwb.workbench.statement.domain.LineItem.BS_TA;
import static com.creditwb.workbench.statement.domain.LineItem.BS_TL;
import static com.creditwb.workbench.statement.domain.LineItem.CF_OPERATING;
import static com.creditwb.workbench.statement.domain.LineItem.IS_COST;
import static com.creditwb.workbench.statement.domain.LineItem.IS_INTEREST_EXPENSE;
import static com.creditwb.workbench.statement.domain.LineItem.IS_NET_PROFIT;
import static com.creditwb.workbench.statement.domain.LineItem.IS_OPERATING_PROFIT;
import static com.creditwb.workbench.statement.domain.LineItem.IS_PROFIT_BEFORE_TAX;
import static com.creditwb.workbench.statement.domain.LineItem.IS_REVENUE;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.StatementValues;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every ratio of SPEC §2 for one period, from that period's statements and, when held, the prior
 * period's (then balances in turnover and return ratios are the mean of opening and closing
 * balance, otherwise the closing balance — each result says which). Days are the period's days:
 * 365 for a year, the days since the year began for an interim period. Plain Java.
 */
public final class RatioEngine {

    /** How a ratio reads: a fraction shown as a percentage, a multiple, or a number of days. */
    public enum Kind { PERCENT, TIMES, DAYS }

    public static final List<String> KEYS = List.of("currentRatio", "quickRatio", "cashRatio", "debtRatio", "debtToEquity",
            "interestCoverage", "receivablesTurnover", "dso", "inventoryTurnover", "dio", "payablesTurnover", "dpo",
            "cashConversionCycle", "totalAssetTurnover", "grossMargin", "operatingMargin", "netMargin", "roa", "roe",
            "revenueGrowth", "netProfitGrowth", "totalAssetGrowth", "ocfToCurrentLiabilities", "ocfToNetProfit",
            "receivablesAndInventoryToAssets", "intangiblesToAssets");

    private static final Set<String> PERCENT = Set.of("debtRatio", "grossMargin", "operatingMargin", "netMargin", "roa", "roe",
            "revenueGrowth", "netProfitGrowth", "totalAssetGrowth", "receivablesAndInventoryToAssets", "intangiblesToAssets");
    private static final Set<String> DAYS = Set.of("dso", "dio", "dpo", "cashConversionCycle");
    private static final MathContext MC = MathContext.DECIMAL64;
    /** Ratios over a period's flow and a balance: the balance is averaged when the prior period is held. */
    private static final Set<String> AVERAGED_BALANCES = Set.of("receivablesTurnover", "inventoryTurnover", "payablesTurnover",
            "totalAssetTurnover", "roa", "roe");
    private static final Map<String, String> FROM_TURNOVER = Map.of("dso", "receivablesTurnover", "dio", "inventoryTurnover",
            "dpo", "payablesTurnover", "cashConversionCycle", "receivablesTurnover");

    /** Whether the ratio uses balances averaged over the period (when the prior period is held). */
    public static boolean usesAverages(String key) {
        return AVERAGED_BALANCES.contains(FROM_TURNOVER.getOrDefault(key, key));
    }

    public static Kind kind(String key) {
        return PERCENT.contains(key) ? Kind.PERCENT : DAYS.contains(key) ? Kind.DAYS : Kind.TIMES;
    }

    private final StatementValues now;
    private final StatementValues before;
    private final int days;
    private final Map<String, RatioResult> results = new LinkedHashMap<>();

    private RatioEngine(StatementValues now, StatementValues before, int days) {
        this.now = now;
        this.before = before == null || before.isEmpty() ? null : before;
        this.days = days;
    }

    /**
     * @param current the period's statements
     * @param prior the prior period's (same length, one year earlier), or null
     * @param days the period's days (365 for a year)
     */
    public static Map<String, RatioResult> compute(StatementValues current, StatementValues prior, int days) {
        RatioEngine e = new RatioEngine(current, prior, days);
        e.run();
        return e.results;
    }

    private void run() {
        // solvency (偿债能力)
        ratio("currentRatio", BS_CA_TOTAL, BS_CL_TOTAL);
        quick();
        ratio("cashRatio", BS_CASH, BS_CL_TOTAL);
        ratio("debtRatio", BS_TL, BS_TA);
        ratio("debtToEquity", BS_TL, BS_EQUITY_TOTAL);
        interestCoverage();
        // operating capacity (营运能力)
        RatioResult ar = ratio("receivablesTurnover", IS_REVENUE, BS_AR);
        RatioResult inv = ratio("inventoryTurnover", IS_COST, BS_INVENTORIES);
        RatioResult ap = ratio("payablesTurnover", IS_COST, BS_AP);
        RatioResult dso = days("dso", ar);
        RatioResult dio = days("dio", inv);
        RatioResult dpo = days("dpo", ap);
        cycle(dso, dio, dpo);
        ratio("totalAssetTurnover", IS_REVENUE, BS_TA);
        // profitability
        grossMargin();
        ratio("operatingMargin", IS_OPERATING_PROFIT, IS_REVENUE);
        ratio("netMargin", IS_NET_PROFIT, IS_REVENUE);
        ratio("roa", IS_NET_PROFIT, BS_TA);
        ratio("roe", IS_NET_PROFIT, BS_EQUITY_TOTAL);
        // growth
        growth("revenueGrowth", IS_REVENUE);
        growth("netProfitGrowth", IS_NET_PROFIT);
        growth("totalAssetGrowth", BS_TA);
        // cash flow
        ratio("ocfToCurrentLiabilities", CF_OPERATING, BS_CL_TOTAL);
        ratio("ocfToNetProfit", CF_OPERATING, IS_NET_PROFIT);
        // asset quality (资产质量)
        assetShare("receivablesAndInventoryToAssets", BS_AR, BS_INVENTORIES);
        assetShare("intangiblesToAssets", BS_INTANGIBLES, BS_GOODWILL);
    }

    /** numerator / denominator, the denominator averaged over the period when asked and possible. */
    private RatioResult ratio(String key, LineItem numerator, LineItem denominator) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        boolean averaged = AVERAGED_BALANCES.contains(key) && before != null && before.has(denominator);
        String formula = numerator.name() + " / " + (averaged ? "avg(" + denominator.name() + ")" : denominator.name());
        if (!now.has(numerator) || !now.has(denominator)) {
            return put(RatioResult.notMeaningful(key, "missingInput", formula, inputs, averaged));
        }
        BigDecimal num = now.get(numerator);
        inputs.put(numerator.name(), num);
        BigDecimal den = denominator(denominator, averaged, inputs);
        return divide(key, num, den, formula, inputs, averaged);
    }

    private BigDecimal denominator(LineItem item, boolean averaged, Map<String, BigDecimal> inputs) {
        BigDecimal closing = now.get(item);
        inputs.put(item.name(), closing);
        if (!averaged) {
            return closing;
        }
        BigDecimal opening = before.get(item);
        inputs.put(item.name() + ".prior", opening);
        BigDecimal avg = closing.add(opening).divide(BigDecimal.TWO, MC);
        inputs.put("avg(" + item.name() + ")", avg);
        return avg;
    }

    private RatioResult divide(String key, BigDecimal num, BigDecimal den, String formula, Map<String, BigDecimal> inputs,
            boolean averaged) {
        if (den.signum() == 0) {
            return put(RatioResult.notMeaningful(key, "zeroDenominator", formula, inputs, averaged));
        }
        if (den.signum() < 0) {
            return put(RatioResult.notMeaningful(key, "negativeDenominator", formula, inputs, averaged));
        }
        return put(RatioResult.of(key, num.divide(den, MC).doubleValue(), formula, inputs, averaged));
    }

    private void quick() {
        String formula = "(BS_CA_TOTAL - BS_INVENTORIES) / BS_CL_TOTAL";
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        if (!now.has(BS_CA_TOTAL) || !now.has(BS_CL_TOTAL)) {
            put(RatioResult.notMeaningful("quickRatio", "missingInput", formula, inputs, false));
            return;
        }
        inputs.put(BS_CA_TOTAL.name(), now.get(BS_CA_TOTAL));
        inputs.put(BS_INVENTORIES.name(), now.orZero(BS_INVENTORIES));
        inputs.put(BS_CL_TOTAL.name(), now.get(BS_CL_TOTAL));
        divide("quickRatio", now.get(BS_CA_TOTAL).subtract(now.orZero(BS_INVENTORIES)), now.get(BS_CL_TOTAL), formula, inputs, false);
    }

    private void interestCoverage() {
        String formula = "(IS_PROFIT_BEFORE_TAX + IS_INTEREST_EXPENSE) / IS_INTEREST_EXPENSE";
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        if (!now.has(IS_PROFIT_BEFORE_TAX) || !now.has(IS_INTEREST_EXPENSE)) {
            put(RatioResult.notMeaningful("interestCoverage", "missingInput", formula, inputs, false));
            return;
        }
        BigDecimal interest = now.get(IS_INTEREST_EXPENSE);
        BigDecimal ebit = now.get(IS_PROFIT_BEFORE_TAX).add(interest);
        inputs.put(IS_PROFIT_BEFORE_TAX.name(), now.get(IS_PROFIT_BEFORE_TAX));
        inputs.put(IS_INTEREST_EXPENSE.name(), interest);
        inputs.put("EBIT", ebit);
        divide("interestCoverage", ebit, interest, formula, inputs, false);
    }

    private RatioResult days(String key, RatioResult turnover) {
        String formula = "days / " + turnover.key();
        Map<String, BigDecimal> inputs = new LinkedHashMap<>(turnover.inputs());
        inputs.put("days", BigDecimal.valueOf(days));
        if (!turnover.meaningful()) {
            return put(RatioResult.notMeaningful(key, turnover.reason(), formula, inputs, turnover.averaged()));
        }
        if (turnover.value() <= 0) {
            return put(RatioResult.notMeaningful(key, turnover.value() == 0 ? "zeroDenominator" : "negativeDenominator",
                    formula, inputs, turnover.averaged()));
        }
        return put(RatioResult.of(key, days / turnover.value(), formula, inputs, turnover.averaged()));
    }

    private void cycle(RatioResult dso, RatioResult dio, RatioResult dpo) {
        String formula = "dso + dio - dpo";
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (RatioResult r : List.of(dso, dio, dpo)) {
            if (!r.meaningful()) {
                put(RatioResult.notMeaningful("cashConversionCycle", r.reason(), formula, inputs, r.averaged()));
                return;
            }
            inputs.put(r.key(), BigDecimal.valueOf(r.value()));
        }
        put(RatioResult.of("cashConversionCycle", dso.value() + dio.value() - dpo.value(), formula, inputs, dso.averaged()));
    }

    private void grossMargin() {
        String formula = "(IS_REVENUE - IS_COST) / IS_REVENUE";
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        if (!now.has(IS_REVENUE) || !now.has(IS_COST)) {
            put(RatioResult.notMeaningful("grossMargin", "missingInput", formula, inputs, false));
            return;
        }
        inputs.put(IS_REVENUE.name(), now.get(IS_REVENUE));
        inputs.put(IS_COST.name(), now.get(IS_COST));
        divide("grossMargin", now.get(IS_REVENUE).subtract(now.get(IS_COST)), now.get(IS_REVENUE), formula, inputs, false);
    }

    private void growth(String key, LineItem item) {
        String formula = item.name() + " / " + item.name() + ".prior - 1";
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        if (before == null || !before.has(item)) {
            put(RatioResult.notMeaningful(key, "noPriorPeriod", formula, inputs, false));
            return;
        }
        if (!now.has(item)) {
            put(RatioResult.notMeaningful(key, "missingInput", formula, inputs, false));
            return;
        }
        BigDecimal current = now.get(item);
        BigDecimal prior = before.get(item);
        inputs.put(item.name(), current);
        inputs.put(item.name() + ".prior", prior);
        if (prior.signum() == 0) {
            put(RatioResult.notMeaningful(key, "zeroDenominator", formula, inputs, false));
        } else if (prior.signum() < 0) {
            put(RatioResult.notMeaningful(key, "negativeDenominator", formula, inputs, false));
        } else {
            put(RatioResult.of(key, current.divide(prior, MC).subtract(BigDecimal.ONE).doubleValue(), formula, inputs, false));
        }
    }

    private void assetShare(String key, LineItem a, LineItem b) {
        String formula = "(" + a.name() + " + " + b.name() + ") / BS_TA";
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        if (!now.has(BS_TA) || (!now.has(a) && !now.has(b))) {
            put(RatioResult.notMeaningful(key, "missingInput", formula, inputs, false));
            return;
        }
        inputs.put(a.name(), now.orZero(a));
        inputs.put(b.name(), now.orZero(b));
        inputs.put(BS_TA.name(), now.get(BS_TA));
        divide(key, now.orZero(a).add(now.orZero(b)), now.get(BS_TA), formula, inputs, false);
    }

    private RatioResult put(RatioResult r) {
        results.put(r.key(), r);
        return r;
    }
}
