package com.creditwb.workbench.statement.ratio;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.StatementValues;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Altman's Z-score family (Altman 1968; Altman, Corporate Financial Distress and Bankruptcy, 1983 and
 * 2000 revisions), with the published coefficients and zone cut-offs:
 * <ul>
 * <li>Z (public manufacturers): 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5, X4 = market value of
 * equity / total liabilities; distress below 1.81, safe above 2.99;</li>
 * <li>Z' (private firms): 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 + 0.998 X5, X4 = book equity /
 * total liabilities; distress below 1.23, safe above 2.90;</li>
 * <li>Z'' (non-manufacturers, emerging markets): 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4; distress
 * below 1.10, safe above 2.60.</li>
 * </ul>
 * X1 = working capital / total assets, X2 = retained earnings / total assets, X3 = EBIT / total
 * assets (EBIT = profit before tax + interest expense), X5 = revenue / total assets.
 */
public final class AltmanZ {

    public enum Variant {
        /** Z: public manufacturers, needs the market value of equity. */
        Z(new double[] {1.2, 1.4, 3.3, 0.6, 1.0}, 1.81, 2.99),
        /** Z': private firms. */
        Z1(new double[] {0.717, 0.847, 3.107, 0.420, 0.998}, 1.23, 2.90),
        /** Z'': non-manufacturers and emerging markets. */
        Z2(new double[] {6.56, 3.26, 6.72, 1.05}, 1.10, 2.60);

        final double[] coefficients;
        final double distressBelow;
        final double safeAbove;

        Variant(double[] coefficients, double distressBelow, double safeAbove) {
            this.coefficients = coefficients;
            this.distressBelow = distressBelow;
            this.safeAbove = safeAbove;
        }

        public double distressBelow() {
            return distressBelow;
        }

        public double safeAbove() {
            return safeAbove;
        }
    }

    public enum Zone { DISTRESS, GREY, SAFE }

    /**
     * The score, or not meaningful with a reason (missing total assets, or no market value for Z).
     * Terms are the X values by name (X1…X5); contributions are coefficient × X.
     */
    public record Result(Variant variant, Double value, Zone zone, Map<String, Double> terms,
            Map<String, Double> contributions, String reason) {
        public boolean meaningful() {
            return value != null;
        }
    }

    private AltmanZ() {
    }

    /** Z for a manufacturer (industry section C) with a market value, Z' for another manufacturer, else Z''. */
    public static Variant choose(boolean manufacturer, BigDecimal marketValueOfEquity) {
        if (manufacturer) {
            return marketValueOfEquity != null && marketValueOfEquity.signum() > 0 ? Variant.Z : Variant.Z1;
        }
        return Variant.Z2;
    }

    public static Result compute(Variant variant, StatementValues v, BigDecimal marketValueOfEquity) {
        Map<String, Double> terms = new LinkedHashMap<>();
        Map<String, Double> contributions = new LinkedHashMap<>();
        BigDecimal ta = v.get(LineItem.BS_TA);
        BigDecimal tl = v.get(LineItem.BS_TL);
        if (ta == null || ta.signum() <= 0) {
            return new Result(variant, null, null, terms, contributions, "missingInput");
        }
        if (tl == null || tl.signum() <= 0) {
            return new Result(variant, null, null, terms, contributions, "zeroDenominator");
        }
        if (variant == Variant.Z && (marketValueOfEquity == null || marketValueOfEquity.signum() <= 0)) {
            return new Result(variant, null, null, terms, contributions, "marketValueMissing");
        }
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal workingCapital = v.orZero(LineItem.BS_CA_TOTAL).subtract(v.orZero(LineItem.BS_CL_TOTAL));
        BigDecimal ebit = v.orZero(LineItem.IS_PROFIT_BEFORE_TAX).add(v.orZero(LineItem.IS_INTEREST_EXPENSE));
        terms.put("X1", workingCapital.divide(ta, mc).doubleValue());
        terms.put("X2", v.orZero(LineItem.BS_RETAINED).divide(ta, mc).doubleValue());
        terms.put("X3", ebit.divide(ta, mc).doubleValue());
        BigDecimal equity = variant == Variant.Z ? marketValueOfEquity : v.orZero(LineItem.BS_EQUITY_TOTAL);
        terms.put("X4", equity.divide(tl, mc).doubleValue());
        if (variant != Variant.Z2) {
            terms.put("X5", v.orZero(LineItem.IS_REVENUE).divide(ta, mc).doubleValue());
        }
        double z = 0;
        int i = 0;
        for (Map.Entry<String, Double> term : terms.entrySet()) {
            double c = variant.coefficients[i++] * term.getValue();
            contributions.put(term.getKey(), c);
            z += c;
        }
        Zone zone = z < variant.distressBelow ? Zone.DISTRESS : z > variant.safeAbove ? Zone.SAFE : Zone.GREY;
        return new Result(variant, z, zone, terms, contributions, null);
    }
}
