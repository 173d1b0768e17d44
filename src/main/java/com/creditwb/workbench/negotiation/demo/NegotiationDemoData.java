package com.creditwb.workbench.negotiation.demo;

import com.creditwb.workbench.negotiation.NegotiationSessionService;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.IssueKind;
import com.creditwb.workbench.negotiation.domain.IssueTargets;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationForm;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.creditwb.workbench.negotiation.NegotiationSession;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.domain.Strategy;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: 15 business negotiations of both account managers across every status and both directions, some
 * linked to the owner's alliances and to the counterpart's key-account plan, with teams and topic leads (one lead
 * without the topic's expertise), counterpart checks (some representatives' authority expired), sessions whose offers
 * show both reciprocated concessions and our concessions left unanswered, and a few plans whose payment terms or
 * contract value go beyond the counterpart's approved credit.
 */
@Component
@Profile("demo")
@Order(60)
class NegotiationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NegotiationDemoData.class);
    private static final List<String> AM = List.of("ACCOUNT_MANAGER");

    /** One demo negotiation: owner, subject, direction, final status, importance, difficulty, whether our concessions go unanswered, and quirks. */
    record Plan(String owner, String subject, Direction direction, NegotiationStatus status, TeamRules.Importance importance,
            TeamRules.Difficulty difficulty, boolean unanswered, boolean authorityExpired, boolean overCredit, boolean misfit) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan("account1", "2027 年度钢材供货合同", Direction.SELL, NegotiationStatus.IN_PROGRESS, TeamRules.Importance.CRITICAL,
                    TeamRules.Difficulty.HIGH, false, false, true, false),
            new Plan("account1", "华南区经销协议续签", Direction.SELL, NegotiationStatus.IN_PROGRESS, TeamRules.Importance.HIGH,
                    TeamRules.Difficulty.MEDIUM, true, false, false, false),
            new Plan("account1", "智能产线设备采购", Direction.BUY, NegotiationStatus.PREPARING, TeamRules.Importance.HIGH,
                    TeamRules.Difficulty.HIGH, false, true, false, true),
            new Plan("account1", "冷链仓储服务框架合同", Direction.SELL, NegotiationStatus.AGREED, TeamRules.Importance.MEDIUM,
                    TeamRules.Difficulty.LOW, false, false, false, false),
            new Plan("account1", "新品独家代理谈判", Direction.SELL, NegotiationStatus.NO_DEAL, TeamRules.Importance.MEDIUM,
                    TeamRules.Difficulty.HIGH, true, false, false, false),
            new Plan("account1", "原材料长期采购协议", Direction.BUY, NegotiationStatus.IN_PROGRESS, TeamRules.Importance.CRITICAL,
                    TeamRules.Difficulty.MEDIUM, false, false, false, false),
            new Plan("account1", "售后备件供应合同", Direction.SELL, NegotiationStatus.ARCHIVED, TeamRules.Importance.LOW,
                    TeamRules.Difficulty.LOW, false, false, false, false),
            new Plan("account1", "电池材料合资意向", Direction.SELL, NegotiationStatus.PREPARING, TeamRules.Importance.CRITICAL,
                    TeamRules.Difficulty.HIGH, false, true, true, false),
            new Plan("account2", "华东联营公司供货条款", Direction.SELL, NegotiationStatus.IN_PROGRESS, TeamRules.Importance.HIGH,
                    TeamRules.Difficulty.HIGH, true, false, true, false),
            new Plan("account2", "北方区运输服务采购", Direction.BUY, NegotiationStatus.AGREED, TeamRules.Importance.MEDIUM,
                    TeamRules.Difficulty.MEDIUM, false, false, false, false),
            new Plan("account2", "年度包装材料合同", Direction.SELL, NegotiationStatus.AGREED, TeamRules.Importance.LOW,
                    TeamRules.Difficulty.LOW, false, false, false, false),
            new Plan("account2", "数字化采购平台服务费", Direction.BUY, NegotiationStatus.PREPARING, TeamRules.Importance.MEDIUM,
                    TeamRules.Difficulty.LOW, false, false, false, true),
            new Plan("account2", "品牌联合推广费用分摊", Direction.SELL, NegotiationStatus.NO_DEAL, TeamRules.Importance.LOW,
                    TeamRules.Difficulty.MEDIUM, false, false, false, false),
            new Plan("account2", "西南区大客户价格复议", Direction.SELL, NegotiationStatus.IN_PROGRESS, TeamRules.Importance.HIGH,
                    TeamRules.Difficulty.MEDIUM, false, true, false, false),
            new Plan("account2", "备品备件寄售协议", Direction.SELL, NegotiationStatus.PREPARING, TeamRules.Importance.MEDIUM,
                    TeamRules.Difficulty.MEDIUM, false, false, false, false));

    private final NegotiationService negotiations;

    private final NegotiationSessionService sessionService;
    private final CustomerService customers;
    private final AllianceService alliances;
    private final PlanService plans;
    private final Clock clock;
    private final boolean enabled;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    NegotiationDemoData(NegotiationService negotiations, NegotiationSessionService sessionService, CustomerService customers, AllianceService alliances, PlanService plans, Clock clock,
            @Value("${workbench.demo.negotiations:true}") boolean enabled, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.negotiations = negotiations;
        this.sessionService = sessionService;
        this.customers = customers;
        this.alliances = alliances;
        this.plans = plans;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        com.creditwb.workbench.common.i18n.Locales.runIn(Locale.SIMPLIFIED_CHINESE, this::load);
        marks.mark("negotiations");
    }

    private void load() {
        if (marks.ran("negotiations")) {
            return;
        }
        java.util.Set<Long> demo = marks.demoCustomers();
        List<CustomerService.Entry> directory = SystemAuthentication.call(customers::directory).stream().filter(e -> demo.contains(e.id())).toList();
        if (directory.size() < 20) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (Plan plan : PLANS) {
            int index = n++;
            List<CustomerService.Entry> own = directory.stream().filter(e -> plan.owner().equals(e.owner())).toList();
            if (own.isEmpty()) {
                continue;
            }
            // counterparts with an approved decision first (so that credit shows), then any
            List<CustomerRecord> rated = new ArrayList<>();
            for (int i = 0; i < own.size() && rated.size() < 20; i++) {
                CustomerRecord c = SystemAuthentication.call(() -> customers.record(own.get(rated.size() * 3 % own.size()).id()));
                if (c.credit().rating() != null && rated.stream().noneMatch(r -> r.id().equals(c.id()))) {
                    rated.add(c);
                }
                if (i > 60) {
                    break;
                }
            }
            // over the counterpart's credit only means something where there is a limit to go over
            List<CustomerRecord> candidates = plan.overCredit() ? rated.stream().filter(c -> c.credit().limit() != null && c.credit().limit().signum() > 0)
                    .toList() : rated;
            candidates = candidates.isEmpty() ? rated : candidates;
            CustomerRecord counterpart = candidates.isEmpty() ? SystemAuthentication.call(() -> customers.record(own.get(index % own.size()).id()))
                    : candidates.get(index % candidates.size());
            SystemAuthentication.callAs(plan.owner(), AM, () -> build(plan, counterpart, today, index));
        }
        log.info("Demo negotiations: {}", n);
    }

    private Void build(Plan plan, CustomerRecord counterpart, LocalDate today, int n) {
        String other = plan.owner().equals("account1") ? "account2" : "account1";
        boolean sell = plan.direction() == Direction.SELL;
        List<PlanIssue> issues = sell ? sellIssues(n, plan.overCredit()) : buyIssues(n);
        BigDecimal value = BigDecimal.valueOf(800_000L + 650_000L * n);
        if (plan.overCredit() && counterpart.credit().limit() != null) {
            value = value.max(counterpart.credit().limit().multiply(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        if (plan.importance() == TeamRules.Importance.CRITICAL) {
            value = value.max(new BigDecimal("12000000.00"));
        }
        Map<String, Set<TeamRules.Expertise>> team = new LinkedHashMap<>();
        team.put(plan.owner(), EnumSet.of(TeamRules.Expertise.COMMERCIAL));
        team.put("credit1", EnumSet.of(TeamRules.Expertise.FINANCE));
        if (plan.importance().ordinal() >= TeamRules.Importance.MEDIUM.ordinal()) {
            team.put(other, EnumSet.of(TeamRules.Expertise.COMMERCIAL, TeamRules.Expertise.TECHNICAL));
        }
        if (plan.importance().ordinal() >= TeamRules.Importance.HIGH.ordinal()) {
            team.put("finance1", EnumSet.of(TeamRules.Expertise.FINANCE, TeamRules.Expertise.LEGAL));
        }
        if (plan.importance() == TeamRules.Importance.CRITICAL && n % 2 == 0) {
            team.put("admin", EnumSet.of(TeamRules.Expertise.MANAGEMENT));
        }
        List<TopicTeam> topics = new ArrayList<>();
        topics.add(new TopicTeam(TeamRules.Topic.COMMERCIAL, plan.owner(), List.of("credit1")));
        if (team.containsKey(other)) {
            topics.add(new TopicTeam(TeamRules.Topic.TECHNICAL, other, List.of(plan.owner())));
        }
        // the seed wants legal clauses led by legal staff; one demo negotiation puts the credit manager (finance) there
        String legalLead = plan.misfit() ? "credit1" : team.containsKey("finance1") ? "finance1" : null;
        if (legalLead != null) {
            topics.add(new TopicTeam(TeamRules.Topic.LEGAL, legalLead, List.of()));
        }
        LocalDate start = today.minusDays(plan.status() == NegotiationStatus.PREPARING ? 5 : 40 + 7L * n);
        LocalDate deadline = plan.status() == NegotiationStatus.PREPARING || plan.status() == NegotiationStatus.IN_PROGRESS
                ? today.plusDays(n % 4 == 0 ? -3 : 10 + 5L * n) : start.plusDays(35);
        List<CounterpartAnalysis.LegalCheck> checks = List.of(
                new CounterpartAnalysis.LegalCheck(CounterpartAnalysis.LegalCheckKind.ORGANISATION, true, "营业执照与实地走访"),
                new CounterpartAnalysis.LegalCheck(CounterpartAnalysis.LegalCheckKind.PROPERTY, n % 3 != 0, n % 3 != 0 ? "近三年审计报告" : null),
                new CounterpartAnalysis.LegalCheck(CounterpartAnalysis.LegalCheckKind.CAPACITY, plan.status() != NegotiationStatus.PREPARING,
                        "章程与经营范围"));
        CounterpartAnalysis.Authority authority = new CounterpartAnalysis.Authority(n % 2 == 0 ? "李总经理" : "王采购总监",
                n % 2 == 0 ? CounterpartAnalysis.AuthorityKind.LEGAL_REPRESENTATIVE : CounterpartAnalysis.AuthorityKind.POWER_OF_ATTORNEY,
                n % 2 == 0 ? "全权" : "金额 500 万元以内的购销合同",
                plan.authorityExpired() ? today.minusDays(5 + n) : deadline.plusMonths(6));
        Map<CounterpartAnalysis.StrengthFactor, Integer> strength = new EnumMap<>(CounterpartAnalysis.StrengthFactor.class);
        int[] pattern = {1, -1, 0, 2, -2, 1};
        for (CounterpartAnalysis.StrengthFactor f : CounterpartAnalysis.StrengthFactor.values()) {
            strength.put(f, pattern[(f.ordinal() + n) % pattern.length]);
        }
        Strategy strategy = new Strategy(sell ? "压低单价、延长账期，锁定全年供应" : "提高单价、缩短账期，扩大供货份额",
                sell ? "对方另有两家备选供应商，价格敏感" : "供应方产能紧张，交期难以保证",
                sell ? "单价下调 5%，账期 90 天" : "单价上调 3%，预付 30%",
                sell ? "以数量折扣换取账期，不在单价上先让步" : "以长期合同换取价格稳定，分批交货",
                List.of(new Strategy.ClausePosition("价格条款", "按季度调价", "半年调价一次", "不接受全年锁价"),
                        new Strategy.ClausePosition("付款条件", sell ? "月结 30 天" : "货到 90 天付款", sell ? "月结 45 天" : "货到 60 天", sell ? "不超过 60 天" : "不低于 45 天"),
                        new Strategy.ClausePosition("违约责任", "逾期按日万分之五计息", "万分之三", "必须有违约金条款")),
                "若对方坚持长账期，改为部分预付加保理", null, null,
                new Strategy.Venue("公司三楼第一会议室", "三楼小会议室（秘密会谈室）", "二楼休息区", Strategy.Seating.FACING));
        Long allianceId = null;
        List<AllianceService.AllianceRef> mine = alliances.refs().stream().filter(a -> a.owner().equals(plan.owner())).toList();
        if (!mine.isEmpty() && n % 3 != 2) {
            allianceId = mine.get(n % mine.size()).id();
        }
        Long planId = null;
        if (plans.canReadPlans(counterpart.id())) {
            planId = plans.refs(counterpart.id()).stream().findFirst().map(PlanService.PlanRef::id).orElse(null);
        }
        NegotiationForm form = new NegotiationForm(plan.subject(), counterpart.id(), plan.direction(), allianceId, planId, value,
                plan.importance(), plan.difficulty(), start, deadline, team, issues, sell ? "转售给其他区域经销商" : "改从第二供应商采购",
                sell ? 60.0 : 55.0, 35.0, topics, new CounterpartAnalysis(checks, authority, strength), strategy,
                plan.status() == NegotiationStatus.ARCHIVED ? EnumSet.allOf(Confidentiality.AfterItem.class) : Set.of());
        Negotiation created = negotiations.create(form);
        Long id = created.getId();
        if (plan.status() == NegotiationStatus.PREPARING) {
            return null;
        }
        // sessions: ours from optimal towards acceptable, theirs from their likely towards acceptable
        int sessionsCount = plan.status() == NegotiationStatus.IN_PROGRESS ? 2 : 3;
        for (int s = 0; s < sessionsCount; s++) {
            List<NegotiationSession.Offer> offers = new ArrayList<>();
            if (plan.unanswered() && s == sessionsCount - 1) {
                // we concede twice in a row while they hold their position
                offers.add(offer(Concessions.Side.US, issues, 0.35 + 0.2 * s));
                offers.add(offer(Concessions.Side.US, issues, 0.5 + 0.2 * s));
            } else {
                offers.add(offer(Concessions.Side.US, issues, 0.25 * s));
                offers.add(offer(Concessions.Side.THEM, issues, 0.3 * s));
            }
            LocalDate date = start.plusDays(7L * (s + 1));
            Set<Confidentiality.SessionItem> kept = s == 0 ? EnumSet.allOf(Confidentiality.SessionItem.class)
                    : EnumSet.of(Confidentiality.SessionItem.DURING_TALKS, Confidentiality.SessionItem.IN_BREAKS);
            sessionService.addSession(id, new NegotiationSessionService.SessionForm(date, String.join("、", team.keySet()), authority.name() + "、采购部经理",
                    offers, s == 0 ? "双方介绍立场，对方强调价格与账期" : "就数量折扣与交货期交换意见", s == sessionsCount - 1 ? "整理新报价，下周再谈" : "内部评估对方报价",
                    kept));
        }
        Negotiation current = negotiations.get(id);
        switch (plan.status()) {
            case AGREED, ARCHIVED -> {
                Map<String, Double> agreed = offer(Concessions.Side.US, issues, 0.9).values();
                current = negotiations.status(id, current.getVersion(), NegotiationStatus.AGREED, agreed, null);
                if (plan.status() == NegotiationStatus.ARCHIVED) {
                    negotiations.status(id, current.getVersion(), NegotiationStatus.ARCHIVED, null, null);
                }
            }
            case NO_DEAL -> negotiations.status(id, current.getVersion(), NegotiationStatus.NO_DEAL, null,
                    "对方坚持的账期超出我方信用政策，价格差距无法弥合");
            default -> {
            }
        }
        return null;
    }

    /** A package at share {@code k} of the way: ours from optimal to acceptable, theirs from their likely to acceptable. */
    private static NegotiationSession.Offer offer(Concessions.Side by, List<PlanIssue> issues, double k) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (PlanIssue i : issues) {
            double from = by == Concessions.Side.US ? i.optimal() : i.theirLikely();
            double v = from + (i.acceptable() - from) * Math.min(1, k);
            values.put(i.name(), Math.round(v * 100) / 100.0);
        }
        return new NegotiationSession.Offer(by, values);
    }

    private static List<PlanIssue> sellIssues(int n, boolean overCredit) {
        double p = 4800 + 60 * n;
        double termsMinimum = overCredit ? 150 : 60;
        return List.of(
                new PlanIssue("单价", IssueKind.PRICE, "元/吨", IssueTargets.Better.HIGHER, 3.0, p * 1.08, p, p * 0.95, p * 0.92),
                new PlanIssue("数量", IssueKind.QUANTITY, "吨", IssueTargets.Better.HIGHER, 1.0, 1500.0, 1200.0, 900.0, 1000.0),
                new PlanIssue("付款期限", IssueKind.PAYMENT_TERMS_DAYS, "天", IssueTargets.Better.LOWER, 2.0, 30.0, 45.0, termsMinimum,
                        overCredit ? 180.0 : 90.0),
                new PlanIssue("交货期", IssueKind.DELIVERY_DAYS, "天", IssueTargets.Better.HIGHER, 1.0, 45.0, 30.0, 20.0, 15.0));
    }

    private static List<PlanIssue> buyIssues(int n) {
        double p = 300 + 10 * n;
        return List.of(
                new PlanIssue("单价", IssueKind.PRICE, "元/件", IssueTargets.Better.LOWER, 3.0, p, p * 1.05, p * 1.1, p * 1.2),
                new PlanIssue("付款期限", IssueKind.PAYMENT_TERMS_DAYS, "天", IssueTargets.Better.HIGHER, 2.0, 90.0, 60.0, 45.0, 30.0),
                new PlanIssue("质保期", IssueKind.WARRANTY_MONTHS, "月", IssueTargets.Better.HIGHER, 1.0, 24.0, 18.0, 12.0, 12.0));
    }
}
