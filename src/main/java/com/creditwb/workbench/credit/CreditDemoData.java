package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.credit.model.CollateralType;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.receivable.AgingPreview;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
 * Demo mode only: approved assessments for most demo customers across all classes (written by credit1,
 * approved by credit2, decisions dated over the past year so that some reviews are due or overdue), a
 * few assessments waiting for approval (from both credit managers), and twelve monthly aging lists in
 * which some limits are exceeded and some items are long overdue.
 */
@Component
@Profile("demo")
@Order(30)
class CreditDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CreditDemoData.class);
    private static final List<String> CM = List.of("CREDIT_MANAGER");

    private final CustomerService customers;

    private final com.creditwb.workbench.customer.CustomerSearch search;
    private final AssessmentService assessments;
    private final ReceivableService receivables;
    private final Clock clock;
    private final boolean enabled;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    CreditDemoData(CustomerService customers, com.creditwb.workbench.customer.CustomerSearch search, AssessmentService assessments, ReceivableService receivables, Clock clock,
            @Value("${workbench.demo.credit:true}") boolean enabled, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.customers = customers;
        this.search = search;
        this.assessments = assessments;
        this.receivables = receivables;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (marks.ran("credit")) {
            return;
        }
        java.util.Set<Long> demo = marks.demoCustomers();
        List<CustomerRecord> all = SystemAuthentication.call(() -> search.findRecords(CustomerFilter.ALL, 0, 100_000, Sort.by("code")))
                .stream().filter(c -> demo.contains(c.id())).toList();
        if (all.isEmpty() || SystemAuthentication.call(() -> receivables.current().isPresent())) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20261123L);
        Map<Long, BigDecimal> limits = new HashMap<>();
        Map<Long, Double> quality = new HashMap<>();
        int approved = 0;
        int waiting = 0;
        LocalDate today = LocalDate.now(clock);
        for (CustomerRecord c : all) {
            int roll = random.nextInt(100);
            double q = c.lifecycleStage() == LifecycleStage.DECLINE ? 1.4 + random.nextDouble() * 1.6 : 2.2 + random.nextDouble() * 2.8;
            quality.put(c.id(), q);
            if (roll >= 92) {
                continue; // not assessed yet
            }
            String author = roll >= 88 ? "credit2" : "credit1";
            String approver = author.equals("credit1") ? "credit2" : "credit1";
            AssessmentInput input = input(random, q);
            Assessment a = SystemAuthentication.callAs(author, CM, () -> {
                Assessment draft = assessments.start(c.id());
                LocalDate period = draft.input().periodEnd();
                if (period != null && roll < 5) {
                    period = period.minusYears(1); // assessed on last year's statements: newer ones have come in since
                }
                AssessmentInput in = new AssessmentInput(input.requestedLimit(), input.requestedTermsDays(), input.expectedAnnualPurchases(),
                        input.collateralType(), input.collateralValue(), input.haircut(), period,
                        merge(draft.input(), input));
                Assessment saved = assessments.save(draft.getId(), draft.getVersion(), in, CreditOverride.NONE);
                return assessments.submit(saved.getId(), saved.getVersion());
            });
            if (roll >= 84) {
                waiting++;
                continue; // waiting for the other credit manager
            }
            int daysAgo = random.nextInt(420);
            Clock then = Clock.offset(clock, Duration.ofDays(-daysAgo));
            Assessment done = SystemAuthentication.callAs(approver, CM, () -> assessments.approve(a.getId(), a.getVersion(),
                    roll < 5 ? "本年报表尚未审计，按上年审计报表审批" : null, then));
            limits.put(c.id(), done.getLimitAmount());
            approved++;
        }
        List<AgingPreview.Item> lastList = List.of();
        for (int m = 12; m >= 1; m--) {
            LocalDate asOf = YearMonth.from(today).minusMonths(m - 1L).atDay(1).minusDays(1);
            lastList = agingList(all, limits, quality, asOf, new Random(97L * m));
            AgingPreview preview = new AgingPreview("demo-aging-" + asOf + ".xlsx", null, asOf, lastList, List.of(), false);
            SystemAuthentication.callAs("finance1", List.of("FINANCE"), () -> receivables.confirm(preview));
        }
        log.info("Demo credit: {} approved decisions, {} waiting for approval, 12 monthly aging lists ({} open items in the latest) in {} ms",
                approved, waiting, lastList.size(), (System.nanoTime() - started) / 1_000_000);
        marks.mark("credit");
    }

    /** Scores around the customer's quality q (1–5); request and collateral to match. */
    private static AssessmentInput input(Random r, double q) {
        Map<SubFactor, AssessmentInput.SubScore> scores = new EnumMap<>(SubFactor.class);
        for (SubFactor s : SubFactor.values()) {
            if (s.prefill() != SubFactor.Prefill.NONE && s != SubFactor.BANK_RELATIONS) {
                continue; // data answers these
            }
            int level = (int) Math.max(1, Math.min(5, Math.round(q + r.nextGaussian() * 0.7)));
            scores.put(s, new AssessmentInput.SubScore(level, null, false));
        }
        BigDecimal purchases = BigDecimal.valueOf((2 + r.nextInt(60)) * 500_000L);
        BigDecimal requested = purchases.multiply(BigDecimal.valueOf(0.15 + r.nextDouble() * 0.15)).setScale(-3, RoundingMode.HALF_UP);
        boolean secured = q < 3 && r.nextBoolean();
        CollateralType type = secured ? (r.nextBoolean() ? CollateralType.REAL_ESTATE : CollateralType.BANK_GUARANTEE) : CollateralType.NONE;
        BigDecimal value = secured ? requested.multiply(BigDecimal.valueOf(0.3 + r.nextDouble())).setScale(-3, RoundingMode.HALF_UP) : null;
        return new AssessmentInput(requested.setScale(2), 30 + 30 * r.nextInt(3), purchases.setScale(2), type, value,
                type == CollateralType.BANK_GUARANTEE ? 0.1 : 0.3, null, scores);
    }

    private static Map<SubFactor, AssessmentInput.SubScore> merge(AssessmentInput draft, AssessmentInput mine) {
        Map<SubFactor, AssessmentInput.SubScore> s = new EnumMap<>(SubFactor.class);
        s.putAll(draft.scores());
        s.putAll(mine.scores());
        for (SubFactor sub : SubFactor.values()) {
            // what data cannot answer for this customer (no statements, no founding date) is scored by hand as fair
            s.putIfAbsent(sub, new AssessmentInput.SubScore(3, null, false));
        }
        return s;
    }

    /** Open invoices as of a month end: roughly the customer's limit used, more and older for weak customers. */
    private static List<AgingPreview.Item> agingList(List<CustomerRecord> all, Map<Long, BigDecimal> limits, Map<Long, Double> quality,
            LocalDate asOf, Random r) {
        List<AgingPreview.Item> items = new ArrayList<>();
        for (CustomerRecord c : all) {
            BigDecimal limit = limits.get(c.id());
            double q = quality.get(c.id());
            if (r.nextInt(100) < 15 || (limit == null && r.nextInt(100) < 60) || (limit != null && limit.signum() == 0 && r.nextInt(100) < 80)) {
                continue; // nothing open (cash customers mostly pay in advance)
            }
            BigDecimal base = limit != null && limit.signum() > 0 ? limit : BigDecimal.valueOf(200_000 + r.nextInt(800_000));
            double usage = q < 2.4 ? 0.6 + r.nextDouble() * 0.6 : 0.2 + r.nextDouble() * 0.7;
            BigDecimal open = base.multiply(BigDecimal.valueOf(usage));
            int n = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                int age = q < 2.4 ? r.nextInt(200) : r.nextInt(75);
                LocalDate invoiceDate = asOf.minusDays(age);
                LocalDate due = invoiceDate.plusDays(30 + 30L * r.nextInt(3));
                BigDecimal amount = open.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
                if (amount.signum() > 0) {
                    items.add(new AgingPreview.Item(c.id(), "INV-" + asOf.getYear() + String.format("%02d", asOf.getMonthValue())
                            + "-" + c.code() + "-" + (i + 1), invoiceDate, due, amount, "CNY"));
                }
            }
        }
        return items;
    }
}
