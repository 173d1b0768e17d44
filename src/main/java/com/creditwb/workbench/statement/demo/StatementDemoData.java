package com.creditwb.workbench.statement.demo;

import static com.creditwb.workbench.statement.domain.LineItem.*;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: three consistent years of statements (2023–2025) for most demo customers — the
 * balance sheet balances, subtotals add up, the cash-flow statement's closing cash is the balance
 * sheet's cash, and each year's opening figures are the year before's. Customers in decline are
 * mostly weak (losses, thin or negative equity, heavy short-term debt); the others range from
 * ordinary to strong. Deterministic (fixed seed).
 */
@Component
@Profile("demo")
@Order(20)
public class StatementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StatementDemoData.class);
    static final int FIRST_YEAR = 2023;
    static final int YEARS = 3;

    private final CustomerService customers;

    private final com.creditwb.workbench.customer.CustomerSearch search;
    private final StatementService statements;

    private final boolean enabled;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    StatementDemoData(CustomerService customers, com.creditwb.workbench.customer.CustomerSearch search, StatementService statements,
            @Value("${workbench.demo.statements:true}") boolean enabled, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.customers = customers;
        this.search = search;
        this.statements = statements;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        SystemAuthentication.run(() -> {
            java.util.Set<Long> demo = marks.demoCustomers();
            List<CustomerRecord> all = search.findRecords(CustomerFilter.ALL, 0, 100_000, Sort.by("code")).stream()
                    .filter(c -> demo.contains(c.id())).toList();
            if (marks.ran("statements")) {
                return;
            }
            Random random = new Random(20261124L);
            int count = 0;
            for (CustomerRecord c : all) {
                if (random.nextInt(100) >= 85) {
                    continue; // some customers have no statements yet
                }
                boolean weak = c.lifecycleStage() == LifecycleStage.DECLINE ? random.nextInt(100) < 70 : random.nextInt(100) < 8;
                List<Map<LineItem, BigDecimal>> years = company(c, weak, random);
                for (int y = 0; y < years.size(); y++) {
                    boolean latest = y == years.size() - 1;
                    BigDecimal marketValue = latest && c.industry() == Industry.C && c.size() == CompanySize.LARGE
                            && random.nextInt(100) < 40 ? years.get(y).get(BS_EQUITY_TOTAL).abs()
                                    .multiply(BigDecimal.valueOf(1.2 + random.nextDouble() * 2)).setScale(2, RoundingMode.HALF_UP) : null;
                    statements.saveManual(c.id(), LocalDate.of(FIRST_YEAR + y, 12, 31), years.get(y), 10_000L, !latest, marketValue);
                }
                count++;
            }
            log.info("Demo statements: {} customers with {} years each", count, YEARS);
        });
        marks.mark("statements");
    }

    /** Three consecutive years for one company, all in 元. */
    public static List<Map<LineItem, BigDecimal>> company(CustomerRecord c, boolean weak, Random r) {
        double revenue = switch (c.size()) {
            case MICRO -> 3e6 + r.nextDouble() * 7e6;
            case SMALL -> 2e7 + r.nextDouble() * 6e7;
            case MEDIUM -> 1.5e8 + r.nextDouble() * 4e8;
            case LARGE -> 1e9 + r.nextDouble() * 4e9;
        };
        double grossMargin = weak ? 0.06 + r.nextDouble() * 0.08 : 0.15 + r.nextDouble() * 0.25;
        double growth = weak ? -0.15 + r.nextDouble() * 0.1 : -0.02 + r.nextDouble() * 0.2;
        double assetTurnover = 0.7 + r.nextDouble() * 0.9;
        double cash = revenue * (weak ? 0.02 : 0.08 + r.nextDouble() * 0.1);
        double equityShare = weak ? 0.05 + r.nextDouble() * 0.12 : 0.35 + r.nextDouble() * 0.3;
        double totalAssets = revenue / assetTurnover;
        double equity = totalAssets * equityShare;
        double paidIn = Math.max(equity * 0.5, totalAssets * 0.05);
        double capitalReserve = equity * 0.1;
        double openingCash = cash * 0.9;
        List<Map<LineItem, BigDecimal>> years = new java.util.ArrayList<>();
        double prevRetained = equity - paidIn - capitalReserve;
        for (int y = 0; y < YEARS; y++) {
            revenue *= 1 + growth + (r.nextDouble() - 0.5) * 0.04;
            Map<LineItem, Double> v = new EnumMap<>(LineItem.class);
            double cost = revenue * (1 - grossMargin + (r.nextDouble() - 0.5) * 0.02);
            double ar = revenue * (weak ? 110 : 45 + r.nextInt(40)) / 365.0;
            double inventories = cost * (weak ? 120 : 30 + r.nextInt(50)) / 365.0;
            double ap = cost * (weak ? 100 : 40 + r.nextInt(30)) / 365.0;
            totalAssets = revenue / assetTurnover;
            double borrowingsShort = totalAssets * (weak ? 0.35 : 0.08 + r.nextDouble() * 0.1);
            double borrowingsLong = totalAssets * (weak ? 0.1 : 0.05 + r.nextDouble() * 0.1);
            double interest = (borrowingsShort + borrowingsLong) * (0.04 + r.nextDouble() * 0.02);
            // income statement
            v.put(IS_REVENUE, revenue);
            v.put(IS_COST, cost);
            v.put(IS_TAXES, revenue * 0.008);
            v.put(IS_SELLING, revenue * (0.03 + r.nextDouble() * 0.03));
            v.put(IS_ADMIN, revenue * (0.03 + r.nextDouble() * 0.02));
            v.put(IS_RD, c.industry() == Industry.C || c.industry() == Industry.I ? revenue * (0.01 + r.nextDouble() * 0.03) : 0);
            double interestIncome = cash * 0.01;
            v.put(IS_INTEREST_EXPENSE, interest);
            v.put(IS_INTEREST_INCOME, interestIncome);
            v.put(IS_FINANCE, interest - interestIncome);
            v.put(IS_OTHER_GAINS, revenue * 0.002);
            v.put(IS_INVESTMENT_INCOME, 0.0);
            v.put(IS_FAIR_VALUE_GAINS, 0.0);
            v.put(IS_CREDIT_IMPAIRMENT, -ar * (weak ? 0.05 : 0.01));
            v.put(IS_ASSET_IMPAIRMENT, weak ? -inventories * 0.03 : 0.0);
            v.put(IS_DISPOSAL_GAINS, 0.0);
            v.put(IS_NET_EXPOSURE_HEDGE, 0.0);
            double operating = revenue - cost - v.get(IS_TAXES) - v.get(IS_SELLING) - v.get(IS_ADMIN) - v.get(IS_RD) - v.get(IS_FINANCE)
                    + v.get(IS_OTHER_GAINS) + v.get(IS_CREDIT_IMPAIRMENT) + v.get(IS_ASSET_IMPAIRMENT);
            v.put(IS_OPERATING_PROFIT, operating);
            v.put(IS_NON_OPERATING_INCOME, revenue * 0.001);
            v.put(IS_NON_OPERATING_EXPENSE, revenue * 0.0005);
            double pbt = operating + v.get(IS_NON_OPERATING_INCOME) - v.get(IS_NON_OPERATING_EXPENSE);
            v.put(IS_PROFIT_BEFORE_TAX, pbt);
            v.put(IS_INCOME_TAX, Math.max(0, pbt * 0.25));
            double netProfit = pbt - v.get(IS_INCOME_TAX);
            v.put(IS_NET_PROFIT, netProfit);
            // equity rolls forward: retained earnings + profit − dividends
            double dividends = netProfit > 0 && !weak ? netProfit * 0.3 : 0;
            double retained = prevRetained + netProfit - dividends;
            prevRetained = retained;
            equity = paidIn + capitalReserve + retained;
            // balance sheet: liabilities, then assets sized to balance
            double taxesPayable = Math.max(0, v.get(IS_INCOME_TAX) * 0.3);
            double payroll = revenue * 0.01;
            double otherPayables = revenue * 0.01;
            double cl = borrowingsShort + ap + taxesPayable + payroll + otherPayables;
            double ncl = borrowingsLong;
            double tl = cl + ncl;
            double ta = tl + equity;
            double intangibles = ta * 0.04;
            double goodwill = c.size() == CompanySize.LARGE ? ta * 0.02 : 0;
            double fixed = ta * (c.industry() == Industry.C ? 0.3 : 0.15);
            double nca = fixed + intangibles + goodwill;
            double ca = ta - nca;
            cash = ca - ar - inventories;
            if (cash < ca * 0.02) { // keep some cash: shrink fixed assets to make room
                double need = ca * 0.02 - cash;
                fixed -= need;
                nca -= need;
                ca += need;
                cash += need;
            }
            put(v, BS_CASH, cash);
            put(v, BS_AR, ar);
            put(v, BS_INVENTORIES, inventories);
            put(v, BS_CA_TOTAL, ca);
            put(v, BS_FIXED_ASSETS, fixed);
            put(v, BS_INTANGIBLES, intangibles);
            put(v, BS_GOODWILL, goodwill);
            put(v, BS_NCA_TOTAL, nca);
            put(v, BS_TA, ta);
            put(v, BS_ST_BORROWINGS, borrowingsShort);
            put(v, BS_AP, ap);
            put(v, BS_PAYROLL, payroll);
            put(v, BS_TAXES_PAYABLE, taxesPayable);
            put(v, BS_OTHER_PAY, otherPayables);
            put(v, BS_CL_TOTAL, cl);
            put(v, BS_LT_BORROWINGS, borrowingsLong);
            put(v, BS_NCL_TOTAL, ncl);
            put(v, BS_TL, tl);
            put(v, BS_PAID_IN, paidIn);
            put(v, BS_CAPITAL_RESERVE, capitalReserve);
            put(v, BS_RETAINED, retained);
            put(v, BS_EQUITY_TOTAL, equity);
            put(v, BS_TLE, tl + equity);
            // cash flow: operating from profit, capex from fixed assets, financing closes to the cash change
            double change = cash - openingCash;
            double operatingCash = netProfit + fixed * 0.08 - (weak ? revenue * 0.05 : revenue * 0.01);
            double capex = fixed * 0.1;
            double investing = -capex;
            double financing = change - operatingCash - investing;
            put(v, CF_OPERATING, operatingCash);
            put(v, CF_CAPEX, capex);
            put(v, CF_INVESTING, investing);
            put(v, CF_FINANCING, financing);
            put(v, CF_NET_CHANGE, change);
            put(v, CF_OPENING_CASH, openingCash);
            put(v, CF_CLOSING_CASH, cash);
            openingCash = cash;
            years.add(rounded(v));
        }
        return years;
    }

    private static void put(Map<LineItem, Double> v, LineItem item, double value) {
        v.put(item, value);
    }

    /**
     * Rounds every line to 元 (2 decimals) and recomputes each subtotal from its rounded components,
     * bottom up, so every check holds exactly.
     */
    static Map<LineItem, BigDecimal> rounded(Map<LineItem, Double> v) {
        Map<LineItem, BigDecimal> out = new EnumMap<>(LineItem.class);
        v.forEach((k, x) -> out.put(k, BigDecimal.valueOf(x).setScale(0, RoundingMode.HALF_UP).setScale(2)));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (LineItem item : LineItem.values()) {
                List<LineItem> components = item.components();
                if (!out.containsKey(item) || components.isEmpty() || !components.stream().allMatch(out::containsKey)) {
                    continue;
                }
                BigDecimal sum = components.stream().map(x -> out.get(x).multiply(BigDecimal.valueOf(x.sign())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(out.get(item)) != 0) {
                    out.put(item, sum);
                    changed = true;
                }
            }
        }
        // the balance: liabilities and equity total follows total assets through equity's retained earnings
        BigDecimal gap = out.get(BS_TA).subtract(out.get(BS_TLE));
        if (gap.signum() != 0) {
            out.put(BS_RETAINED, out.get(BS_RETAINED).add(gap));
            out.put(BS_EQUITY_TOTAL, out.get(BS_EQUITY_TOTAL).add(gap));
            out.put(BS_TLE, out.get(BS_TLE).add(gap));
        }
        return out;
    }
}
