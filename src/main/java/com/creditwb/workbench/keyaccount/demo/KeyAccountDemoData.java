package com.creditwb.workbench.keyaccount.demo;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.keyaccount.EconomicsPreview;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.plan.ActionStatus;
import com.creditwb.workbench.keyaccount.plan.Attitude;
import com.creditwb.workbench.keyaccount.plan.KeyAccountPlan;
import com.creditwb.workbench.keyaccount.plan.LoyaltyMeasure;
import com.creditwb.workbench.keyaccount.plan.ObjectiveKind;
import com.creditwb.workbench.keyaccount.plan.PlanForm;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import com.creditwb.workbench.keyaccount.value.Identification;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.stereotype.Component;

/**
 * Demo mode only: three years of economics (2023–2025) for every demo customer (one for those won lately) with a spread of sizes and
 * margins (so every quadrant, tier and loyalty segment has accounts), loyalty indicators, the
 * identification questionnaire and Gale's survey for the larger accounts, and 24 key-account plans of
 * both account managers in every state — active ones with done, running and overdue actions, drafts, and
 * closed versions followed by an active one.
 */
@Component
@Profile("demo")
@Order(40)
class KeyAccountDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyAccountDemoData.class);
    private static final List<String> AM = List.of("ACCOUNT_MANAGER");
    private static final List<String> ADMIN = List.of("ADMIN");

    private final CustomerService customers;
    private final KeyAccountService keyAccounts;
    private final com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;
    private final com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    private final PlanService plans;
    private final Clock clock;
    private final boolean enabled;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    KeyAccountDemoData(CustomerService customers, KeyAccountService keyAccounts, com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService, com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService, PlanService plans, Clock clock,
            @Value("${workbench.demo.keyaccounts:true}") boolean enabled, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.customers = customers;
        this.keyAccounts = keyAccounts;
        this.profileService = profileService;
        this.economicsService = economicsService;
        this.plans = plans;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        // what the demo writes that users read (plan titles) is in the company's working language, Chinese
        com.creditwb.workbench.common.i18n.Locales.runIn(java.util.Locale.SIMPLIFIED_CHINESE, this::generate);
        marks.mark("keyaccounts");
    }

    private void generate() {
        java.util.Set<Long> demo = marks.demoCustomers();
        List<CustomerService.Entry> all = SystemAuthentication.call(customers::directory).stream().filter(e -> demo.contains(e.id())).toList();
        if (all.isEmpty() || marks.ran("keyaccounts")) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(6_2026L);
        List<EconomicsPreview.Row> rows = new ArrayList<>();
        Map<Long, Double> size = new java.util.HashMap<>();
        for (CustomerService.Entry c : all) {
            double revenue = Math.exp(13.5 + random.nextGaussian() * 1.3); // median ≈ 730,000
            double margin = 0.02 + random.nextDouble() * 0.30 - (random.nextInt(10) == 0 ? 0.15 : 0);
            double growth = -0.1 + random.nextDouble() * 0.35;
            int tenure = 1 + random.nextInt(14);
            double share = 0.1 + random.nextDouble() * 0.8;
            int purchases = 2 + random.nextInt(40);
            size.put(c.id(), revenue);
            // customers won in the last two years have one year of figures: their potential comes from the loyalty indicators
            for (int year = tenure <= 2 ? 2025 : 2023; year <= 2025; year++) {
                double r = revenue * Math.pow(1 + growth, year - 2025);
                double cogs = r * (0.62 + random.nextDouble() * 0.04);
                double variable = r * 0.06;
                double fixed = r * (1 - margin) - cogs - variable;
                rows.add(new EconomicsPreview.Row(c.id(), new AccountEconomics(year, money(r), money(cogs), money(variable),
                        money(Math.max(0, fixed)), Math.min(1, share + (year - 2025) * 0.03), purchases, Math.max(1, tenure + year - 2025)), false));
            }
        }
        SystemAuthentication.callAs("system", ADMIN, () -> economicsService.confirm(new EconomicsPreview("demo", rows, List.of())));

        List<CustomerService.Entry> bySize = new ArrayList<>(all);
        bySize.sort((a, b) -> Double.compare(size.get(b.id()), size.get(a.id())));
        int profiles = 0;
        for (int i = 0; i < bySize.size(); i++) {
            CustomerService.Entry c = bySize.get(i);
            if (c.owner() == null || i % 5 == 4 && i > bySize.size() / 3) {
                continue;
            }
            boolean large = i < bySize.size() / 3;
            Map<LoyaltyIndicator, Double> ind = new EnumMap<>(LoyaltyIndicator.class);
            ind.put(LoyaltyIndicator.REPEAT_PURCHASE, 20.0 + random.nextInt(75));
            ind.put(LoyaltyIndicator.NEEDS_MET, 10.0 + random.nextInt(85));
            ind.put(LoyaltyIndicator.CHOOSING_TIME, 1.0 + random.nextInt(30));
            for (LoyaltyIndicator l : List.of(LoyaltyIndicator.ATTENTION, LoyaltyIndicator.PRICE_SENSITIVITY, LoyaltyIndicator.COMPETITOR_ATTITUDE,
                    LoyaltyIndicator.ACCEPTANCE, LoyaltyIndicator.INCIDENT_TOLERANCE)) {
                ind.put(l, 1.0 + random.nextInt(5));
            }
            int k = i;
            SystemAuthentication.callAs(c.owner(), AM, () -> {
                var p = profileService.saveIndicators(c.id(), profileService.profile(c.id()).getVersion(), ind);
                if (large) {
                    List<Integer> answers = new ArrayList<>();
                    for (int q = 0; q < Identification.Question.values().length; q++) {
                        answers.add(Math.max(1, Math.min(5, (k < 30 ? 4 : 2) + random.nextInt(3) - (k % 7 == 0 ? 1 : 0))));
                    }
                    p = profileService.saveIdentification(c.id(), p.getVersion(), answers, null);
                    Identification.Outcome suggested = p.getSuggestedOutcome();
                    p = profileService.saveIdentification(c.id(), p.getVersion(), answers, k % 9 == 8 ? Identification.Outcome.MAYBE : suggested);
                    p = profileService.saveGale(c.id(), p.getVersion(), new GaleValue.Survey(0.6, List.of(
                            new GaleValue.Element(GaleValue.Dimension.QUALITY, "产品质量 Product quality", 0.5, 7 + random.nextInt(3), 6 + random.nextInt(4)),
                            new GaleValue.Element(GaleValue.Dimension.QUALITY, "交货及时 On-time delivery", 0.3, 6 + random.nextInt(4), 6 + random.nextInt(4)),
                            new GaleValue.Element(GaleValue.Dimension.QUALITY, "售后服务 After-sales service", 0.2, 6 + random.nextInt(4), 5 + random.nextInt(5)),
                            new GaleValue.Element(GaleValue.Dimension.PRICE, "价格水平 Price level", 0.7, 5 + random.nextInt(4), 6 + random.nextInt(3)),
                            new GaleValue.Element(GaleValue.Dimension.PRICE, "付款条件 Payment terms", 0.3, 6 + random.nextInt(3), 6 + random.nextInt(3)))));
                }
                return p;
            });
            profiles++;
        }

        int made = 0;
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < bySize.size() && made < 24; i++) {
            CustomerService.Entry c = bySize.get(i);
            if (c.owner() == null) {
                continue;
            }
            int kind = made % 6; // 0–2 active, 3 draft, 4 closed then active, 5 active with all done
            int n = made;
            SystemAuthentication.callAs(c.owner(), AM, () -> {
                KeyAccountPlan p = plans.create(c.id());
                p = plans.save(p.getId(), p.getVersion(), form(c, p.toForm(), today, random, n, kind == 4 ? -1 : 0));
                if (kind == 3) {
                    return p;
                }
                p = plans.activate(p.getId(), p.getVersion());
                if (kind == 4) {
                    KeyAccountPlan next = plans.create(c.id());
                    next = plans.save(next.getId(), next.getVersion(), form(c, next.toForm(), today, random, n, 0));
                    p = plans.activate(next.getId(), next.getVersion());
                }
                if (kind == 5) {
                    for (int a = 0; a < p.getActions().size(); a++) {
                        p = plans.setActionStatus(p.getId(), p.getVersion(), a, ActionStatus.DONE);
                    }
                }
                return p;
            });
            made++;
        }
        SystemAuthentication.run(keyAccounts::refresh);
        log.info("Demo key accounts: economics 2023–2025 for {} customers, {} profiles, {} plans in {} ms", all.size(), profiles, made,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    /** A plan's content: objectives for next year, catalogue actions (some past due), the decision makers. */
    private static PlanForm form(CustomerService.Entry c, PlanForm base, LocalDate today, Random random, int n, int yearShift) {
        LocalDate start = today.withDayOfYear(1).plusYears(yearShift);
        LocalDate end = start.plusYears(1).minusDays(1);
        List<PlanForm.Objective> objectives = List.of(
                new PlanForm.Objective(ObjectiveKind.REVENUE, BigDecimal.valueOf(1_000_000L + random.nextInt(9_000_000)), end, null),
                new PlanForm.Objective(ObjectiveKind.MARGIN, new BigDecimal("0.2" + random.nextInt(10)), end, null),
                new PlanForm.Objective(ObjectiveKind.SHARE_OF_WALLET, new BigDecimal("0.6"), end, null));
        LoyaltyMeasure[] measures = LoyaltyMeasure.values();
        List<PlanForm.Action> actions = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            LoyaltyMeasure m = measures[(n + a * 3) % measures.length];
            LocalDate due = today.plusDays(-45 + a * 30L + random.nextInt(10));
            ActionStatus status = due.isBefore(today) ? (a == 0 && n % 2 == 0 ? ActionStatus.IN_PROGRESS : a == 0 ? ActionStatus.PLANNED
                    : ActionStatus.DONE) : ActionStatus.PLANNED;
            actions.add(new PlanForm.Action(m, null, c.owner(), due, BigDecimal.valueOf(5_000L + random.nextInt(50) * 1_000L), status));
        }
        List<PlanForm.Contact> contacts = List.of(
                new PlanForm.Contact("王总", "总经理", ContactRole.DECISION_MAKER, Attitude.SUPPORTIVE, null),
                new PlanForm.Contact("李经理", "采购经理", ContactRole.INFLUENCER,
                        n % 3 == 0 ? Attitude.SCEPTICAL : Attitude.NEUTRAL, null),
                new PlanForm.Contact("赵工", "技术主管", ContactRole.USER, Attitude.SUPPORTIVE, null));
        RelationshipLevel current = base.currentLevel() == null ? RelationshipLevel.REACTIVE : base.currentLevel();
        RelationshipLevel target = RelationshipLevel.values()[Math.min(RelationshipLevel.values().length - 1, current.ordinal() + 1)];
        return new PlanForm(base.title(), "重点客户 " + c.name() + "：年采购稳定，关注交期与新品。",
                current, target, "客户经理 1 名，技术支持 0.5 人年。",
                "竞争对手降价；付款延迟。", start, end, today.plusMonths(3), objectives, actions, contacts);
    }
}
