package com.creditwb.workbench.keyaccount.value;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One customer's year with us (SPEC §4): revenue, cost of goods, variable and fixed cost to serve,
 * share of wallet (0–1), purchase frequency and years as customer (the last three may be unknown).
 */
public record AccountEconomics(int year, BigDecimal revenue, BigDecimal costOfGoods, BigDecimal variableCostToServe,
        BigDecimal fixedCostToServe, Double shareOfWallet, Integer purchasesPerYear, Integer yearsAsCustomer) {

    /** Current value = profit contribution = revenue − cost of goods − variable and fixed cost to serve. */
    public BigDecimal profitContribution() {
        return revenue.subtract(costOfGoods).subtract(variableCostToServe).subtract(fixedCostToServe);
    }

    /** Profit contribution over revenue; null without revenue. */
    public Double margin() {
        return revenue.signum() == 0 ? null : profitContribution().divide(revenue, MathContext.DECIMAL64).doubleValue();
    }
}
