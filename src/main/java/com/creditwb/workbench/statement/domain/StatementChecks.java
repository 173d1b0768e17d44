package com.creditwb.workbench.statement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of SPEC §2 on one period: total assets = total liabilities + total equity, and every
 * subtotal equal to the signed sum of its components where all of them are present. Tolerance:
 * 1 元, or 1 元 per 10^8 of the total when that is larger.
 */
public final class StatementChecks {

    private StatementChecks() {
    }

    /** One check: the item checked, the amount stated, the amount expected from its components. */
    public record Check(LineItem item, BigDecimal stated, BigDecimal expected, boolean passed, boolean isBalance) {
    }

    public static List<Check> run(StatementValues v) {
        List<Check> checks = new ArrayList<>();
        if (v.has(LineItem.BS_TA) && v.has(LineItem.BS_TLE)) {
            checks.add(check(LineItem.BS_TLE, v.get(LineItem.BS_TLE), v.get(LineItem.BS_TA), true));
        }
        for (LineItem item : LineItem.values()) {
            List<LineItem> components = item.components();
            if (components.isEmpty() || !v.has(item) || !components.stream().allMatch(v::has)) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (LineItem c : components) {
                sum = sum.add(v.get(c).multiply(BigDecimal.valueOf(c.sign())));
            }
            checks.add(check(item, v.get(item), sum, false));
        }
        return checks;
    }

    static Check check(LineItem item, BigDecimal stated, BigDecimal expected, boolean balance) {
        BigDecimal tolerance = stated.abs().max(expected.abs()).movePointLeft(8).max(BigDecimal.ONE);
        return new Check(item, stated, expected, stated.subtract(expected).abs().compareTo(tolerance) <= 0, balance);
    }
}
