package com.creditwb.workbench.keyaccount.segment;

import com.creditwb.workbench.common.math.EfficacyCoefficient;
import com.creditwb.workbench.common.math.Npv;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values and segments of a whole portfolio at once (SPEC §4), because every segment compares an account
 * with the others.
 * <ul>
 * <li>Current value: the latest year's profit contribution.</li>
 * <li>Potential value: the NPV of the relationship projection when the account has the years of data the
 * settings ask for; otherwise the loyalty-indicator score (efficacy coefficient of each indicator over
 * the portfolio, weighted). Both are put on one 60–100 "growth potential" scale for the value matrix: the
 * NPV by the efficacy coefficient over the accounts that have one, the indicator score as it is.</li>
 * <li>Value matrix: current value and growth potential each high from the portfolio median up; high/high
 * are strategic customers, low current but high potential main customers (to be developed), high current
 * but low potential transaction customers, low/low risk customers (seed 003's four kinds).</li>
 * <li>Pyramid by profit rank, Pareto 80/20 on revenue and on profit.</li>
 * <li>Dick &amp; Basu: relative attitude high when the indicator score (or, without indicators,
 * 60 + 40 × share of wallet) is 80 or more; repeat patronage high when the purchases per year are at least
 * the portfolio median.</li>
 * <li>Reinartz &amp; Kumar: profitable when the current value is positive and at least the median; long-lasting
 * from the settings' number of years as customer.</li>
 * <li>Kotler: the company's number of customers (from the portfolio size) × the account's margin.</li>
 * </ul>
 */
public final class Segmentation {

    public enum PotentialMethod { NPV, INDICATORS, NONE }

    /** One account's data: its years (any order), its loyalty indicators (may be empty) and current relationship level. */
    public record Account(Long id, List<AccountEconomics> years, Map<LoyaltyIndicator, Double> indicators, RelationshipLevel level) {
    }

    /** What the analysis says of one account; the segments are null without economics. */
    public record Value(Long id, Integer year, BigDecimal revenue, BigDecimal currentValue, Double margin, Double shareOfWallet,
            Integer yearsAsCustomer, Double npv, Double indicatorScore, PotentialMethod method, Double potentialScore,
            RelationshipStrategy quadrant, Pyramid.Tier tier, boolean revenueHead, boolean profitHead, LoyaltySegment loyalty,
            ProfitabilitySegment profitability, RelationshipLevel kotlerLevel, RelationshipLevel currentLevel) {
    }

    public record Result(Map<Long, Value> values, double currentMedian, double potentialMedian, List<Pareto.Line> revenuePareto,
            List<Pareto.Line> profitPareto, RelationshipStrategy.CustomerCount customerCount) {
    }

    private Segmentation() {
    }

    /** The relationship projection of one account, or null when it lacks the years of data. */
    public static Npv.Projection projection(List<AccountEconomics> years, KeyAccountSettings s) {
        if (years.size() < s.minYearsForNpv()) {
            return null;
        }
        AccountEconomics latest = latest(years);
        int tenure = latest.yearsAsCustomer() == null ? 0 : latest.yearsAsCustomer();
        int remaining = Math.max(1, s.relationshipLifeYears() - tenure);
        return Npv.relationship(latest.profitContribution().doubleValue(), s.growth(), s.retention(), s.discountRate(), remaining);
    }

    public static AccountEconomics latest(List<AccountEconomics> years) {
        AccountEconomics latest = null;
        for (AccountEconomics e : years) {
            if (latest == null || e.year() > latest.year()) {
                latest = e;
            }
        }
        return latest;
    }

    public static Result of(List<Account> accounts, KeyAccountSettings s) {
        int n = accounts.size();
        AccountEconomics[] latest = new AccountEconomics[n];
        Double[] npv = new Double[n];
        Double[] indicator = indicatorScores(accounts, s);
        Map<Long, Double> profit = new HashMap<>();
        Map<Long, Double> revenue = new HashMap<>();
        double[] npvs = new double[n];
        int npvCount = 0;
        double npvMin = Double.POSITIVE_INFINITY;
        double npvMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            Account a = accounts.get(i);
            latest[i] = a.years().isEmpty() ? null : latest(a.years());
            if (latest[i] == null) {
                continue;
            }
            profit.put(a.id(), latest[i].profitContribution().doubleValue());
            revenue.put(a.id(), latest[i].revenue().doubleValue());
            Npv.Projection p = projection(a.years(), s);
            if (p != null) {
                npv[i] = p.npv();
                npvs[npvCount++] = p.npv();
                npvMin = Math.min(npvMin, p.npv());
                npvMax = Math.max(npvMax, p.npv());
            }
        }
        Double[] potential = new Double[n];
        PotentialMethod[] method = new PotentialMethod[n];
        double[] potentials = new double[n];
        double[] currents = new double[n];
        double[] purchases = new double[n];
        int withPotential = 0;
        int withEconomics = 0;
        int withPurchases = 0;
        for (int i = 0; i < n; i++) {
            if (npv[i] != null) {
                potential[i] = EfficacyCoefficient.score(npv[i], npvMin, npvMax, true);
                method[i] = PotentialMethod.NPV;
            } else if (indicator[i] != null) {
                potential[i] = indicator[i];
                method[i] = PotentialMethod.INDICATORS;
            } else {
                method[i] = PotentialMethod.NONE;
            }
            if (potential[i] != null && latest[i] != null) {
                potentials[withPotential++] = potential[i];
            }
            if (latest[i] != null) {
                currents[withEconomics++] = latest[i].profitContribution().doubleValue();
                if (latest[i].purchasesPerYear() != null) {
                    purchases[withPurchases++] = latest[i].purchasesPerYear();
                }
            }
        }
        double currentMedian = median(currents, withEconomics);
        double potentialMedian = median(potentials, withPotential);
        double purchaseMedian = median(purchases, withPurchases);
        Map<Long, Pyramid.Tier> tiers = Pyramid.tiers(profit, new Pyramid.Shares(s.platinumShare(), s.goldShare(), s.ironShare()));
        List<Pareto.Line> revenueLines = Pareto.of(revenue, s.paretoHead());
        List<Pareto.Line> profitLines = Pareto.of(profit, s.paretoHead());
        Map<Long, Boolean> revenueHead = heads(revenueLines);
        Map<Long, Boolean> profitHead = heads(profitLines);
        RelationshipStrategy.CustomerCount count = n > s.manyCustomersAbove() ? RelationshipStrategy.CustomerCount.MANY
                : n < s.fewCustomersBelow() ? RelationshipStrategy.CustomerCount.FEW : RelationshipStrategy.CustomerCount.MEDIUM;

        Map<Long, Value> values = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Account a = accounts.get(i);
            AccountEconomics e = latest[i];
            if (e == null) {
                values.put(a.id(), new Value(a.id(), null, null, null, null, null, null, null, indicator[i], method[i], potential[i],
                        null, null, false, false, null, null, null, a.level()));
                continue;
            }
            double current = e.profitContribution().doubleValue();
            Double margin = e.margin();
            RelationshipStrategy quadrant = potential[i] == null ? null
                    : quadrant(current >= currentMedian, potential[i] >= potentialMedian);
            Double attitude = indicator[i] != null ? indicator[i] : e.shareOfWallet() == null ? null : 60 + 40 * e.shareOfWallet();
            LoyaltySegment loyalty = attitude == null || e.purchasesPerYear() == null ? null
                    : LoyaltySegment.of(attitude >= 80, e.purchasesPerYear() >= purchaseMedian);
            ProfitabilitySegment profitability = e.yearsAsCustomer() == null ? null
                    : ProfitabilitySegment.of(current > 0 && current >= currentMedian, e.yearsAsCustomer() >= s.longRelationshipYears());
            RelationshipLevel kotler = margin == null ? null : RelationshipStrategy.kotlerLevel(count,
                    margin >= s.highMargin() ? RelationshipStrategy.Margin.HIGH
                            : margin >= s.lowMargin() ? RelationshipStrategy.Margin.MEDIUM : RelationshipStrategy.Margin.LOW);
            values.put(a.id(), new Value(a.id(), e.year(), e.revenue(), e.profitContribution(), margin, e.shareOfWallet(),
                    e.yearsAsCustomer(), npv[i], indicator[i], method[i], potential[i], quadrant, tiers.get(a.id()),
                    revenueHead.getOrDefault(a.id(), false), profitHead.getOrDefault(a.id(), false), loyalty, profitability, kotler,
                    a.level()));
        }
        return new Result(values, currentMedian, potentialMedian, revenueLines, profitLines, count);
    }

    /** Seed 003's customer kinds as the value matrix's quadrants. */
    public static RelationshipStrategy quadrant(boolean highCurrent, boolean highPotential) {
        if (highCurrent) {
            return highPotential ? RelationshipStrategy.STRATEGIC : RelationshipStrategy.TRANSACTION;
        }
        return highPotential ? RelationshipStrategy.MAIN : RelationshipStrategy.RISK;
    }

    /**
     * The weighted efficacy-coefficient score (60–100) of each account that has all eight indicators, each
     * indicator scaled over the accounts that have them.
     */
    static Double[] indicatorScores(List<Account> accounts, KeyAccountSettings s) {
        LoyaltyIndicator[] all = LoyaltyIndicator.values();
        double[] min = new double[all.length];
        double[] max = new double[all.length];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        boolean[] complete = new boolean[accounts.size()];
        for (int i = 0; i < accounts.size(); i++) {
            Map<LoyaltyIndicator, Double> ind = accounts.get(i).indicators();
            complete[i] = ind != null && ind.size() == all.length && ind.values().stream().allMatch(v -> v != null);
            if (complete[i]) {
                for (int k = 0; k < all.length; k++) {
                    double v = ind.get(all[k]);
                    min[k] = Math.min(min[k], v);
                    max[k] = Math.max(max[k], v);
                }
            }
        }
        Double[] scores = new Double[accounts.size()];
        for (int i = 0; i < accounts.size(); i++) {
            if (!complete[i]) {
                continue;
            }
            double score = 0;
            for (int k = 0; k < all.length; k++) {
                score += s.indicatorWeights().get(all[k])
                        * EfficacyCoefficient.score(accounts.get(i).indicators().get(all[k]), min[k], max[k], all[k].higherIsBetter());
            }
            scores[i] = score;
        }
        return scores;
    }

    private static Map<Long, Boolean> heads(List<Pareto.Line> lines) {
        Map<Long, Boolean> heads = new HashMap<>(lines.size() * 2);
        for (Pareto.Line l : lines) {
            heads.put(l.account(), l.head());
        }
        return heads;
    }

    /** The median of the first {@code n} values (the mean of the middle two for an even count); 0 when none. */
    static double median(double[] values, int n) {
        if (n == 0) {
            return 0;
        }
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
