package com.creditwb.workbench.alliance.demo;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceForm;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.ContributionKind;
import com.creditwb.workbench.alliance.domain.ContributionStatus;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.DistributionForm;
import com.creditwb.workbench.alliance.domain.OptionKind;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.domain.PowerBase;
import com.creditwb.workbench.alliance.PowerRating;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.RiskStatus;
import com.creditwb.workbench.alliance.domain.RiskType;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
 * Demo mode only: 12 strategic alliances of both account managers across every stage and form — three
 * producer–distributor ones with power-base ratings — with partners among the demo customers and outside
 * organisations, options and candidates, contributions due and overdue, meetings, two years of health
 * reviews rising or falling (low scores open risks), and one ended alliance.
 */
@Component
@Profile("demo")
@Order(50)
class AllianceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AllianceDemoData.class);
    private static final List<String> AM = List.of("ACCOUNT_MANAGER");

    private final AllianceService alliances;

    private final com.creditwb.workbench.alliance.AllianceAgreementService agreementService;

    private final com.creditwb.workbench.alliance.AllianceOptionService optionService;
    private final CustomerService customers;
    private final Clock clock;
    private final boolean enabled;

    private final com.creditwb.workbench.alliance.AllianceHealthService health;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    AllianceDemoData(AllianceService alliances, com.creditwb.workbench.alliance.AllianceAgreementService agreementService, com.creditwb.workbench.alliance.AllianceOptionService optionService, com.creditwb.workbench.alliance.AllianceHealthService health, CustomerService customers, Clock clock,
            @Value("${workbench.demo.alliances:true}") boolean enabled, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.alliances = alliances;
        this.agreementService = agreementService;
        this.optionService = optionService;
        this.health = health;
        this.customers = customers;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** One demo alliance: who owns it, its name and goal, how far it got, its forms, and whether its health rises. */
    record Plan(String owner, String name, String goal, AllianceStage stage, ParticipantForm participant, CompositionForm composition,
            DistributionForm distribution, boolean rising, int partnerCustomers, String outsider) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan("account1", "华南渠道共建联盟", "与区域分销商共同开发华南市场，三年内渠道覆盖翻番", AllianceStage.OPERATING,
                    ParticipantForm.COMPLEMENTARY, CompositionForm.NON_EQUITY, DistributionForm.SALES_AGENCY, true, 1, null),
            new Plan("account1", "智能制造联合研发", "联合研发新一代智能产线控制系统，共享专利", AllianceStage.OPERATING,
                    ParticipantForm.COMPLEMENTARY, CompositionForm.EQUITY, null, false, 1, "深圳前沿智能研究院有限公司"),
            new Plan("account1", "冷链物流合作", "共建冷链仓配网络，降低生鲜配送成本 20%", AllianceStage.OPERATING,
                    ParticipantForm.GIVE_AND_TAKE, CompositionForm.NON_EQUITY, null, true, 2, null),
            new Plan("account1", "会员分销计划", "以会员制整合中小经销商，统一价格与服务标准", AllianceStage.OPERATING,
                    ParticipantForm.GIVE_AND_TAKE, CompositionForm.NON_EQUITY, DistributionForm.MEMBERSHIP, false, 1, null),
            new Plan("account1", "新能源材料合资", "合资建设电池材料产线，锁定长期供应", AllianceStage.NEGOTIATE_SIGN,
                    ParticipantForm.COMPLEMENTARY, CompositionForm.EQUITY, null, true, 1, "江苏锂源新材料有限公司"),
            new Plan("account1", "海外市场拓展", "借助伙伴渠道进入东南亚市场", AllianceStage.FIND_PARTNERS,
                    null, null, null, true, 0, null),
            new Plan("account2", "华东联营公司", "与核心分销商成立联营公司，共担市场风险、共享销售利润", AllianceStage.OPERATING,
                    ParticipantForm.COMPLEMENTARY, CompositionForm.EQUITY, DistributionForm.JOINT_VENTURE, true, 1, null),
            new Plan("account2", "售后服务外包", "由伙伴承担华北区售后服务，提升响应速度", AllianceStage.OPERATING,
                    ParticipantForm.GIVE_AND_TAKE, CompositionForm.NON_EQUITY, null, false, 1, "北京快修技术服务有限公司"),
            new Plan("account2", "数字化采购平台", "共建行业采购平台，降低采购成本", AllianceStage.DESIGN_TYPE,
                    null, null, null, true, 1, null),
            new Plan("account2", "品牌联合推广", "联合品牌营销，提高新品认知度", AllianceStage.EVALUATE_OPTIONS,
                    null, null, null, true, 0, null),
            new Plan("account2", "原料集中采购", "联合采购原料以获得规模折扣", AllianceStage.STRATEGY,
                    null, null, null, true, 0, null),
            new Plan("account2", "西南物流合作", "共用西南区仓储与运输资源", AllianceStage.ENDED,
                    ParticipantForm.GIVE_AND_TAKE, CompositionForm.NON_EQUITY, null, false, 1, null));

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        com.creditwb.workbench.common.i18n.Locales.runIn(Locale.SIMPLIFIED_CHINESE, this::load);
        marks.mark("alliances");
    }

    private void load() {
        if (marks.ran("alliances")) {
            return;
        }
        java.util.Set<Long> demo = marks.demoCustomers();
        List<CustomerService.Entry> directory = SystemAuthentication.call(customers::directory).stream().filter(e -> demo.contains(e.id())).toList();
        if (directory.size() < 20) {
            return;
        }
        Random random = new Random(13);
        LocalDate today = LocalDate.now(clock);
        int next = 0;
        int count = 0;
        for (Plan plan : PLANS) {
            int index = count;
            List<CustomerService.Entry> own = directory.stream().filter(e -> plan.owner().equals(e.owner())).toList();
            List<Long> partnerIds = new ArrayList<>();
            for (int i = 0; i < plan.partnerCustomers() && !own.isEmpty(); i++) {
                partnerIds.add(own.get((next++ * 7) % own.size()).id());
            }
            SystemAuthentication.callAs(plan.owner(), AM, () -> build(plan, partnerIds, random, today, index));
            count++;
        }
        log.info("Demo alliances: {}", count);
    }

    private Void build(Plan plan, List<Long> partnerIds, Random random, LocalDate today, int n) {
        String other = plan.owner().equals("account1") ? "account2" : "account1";
        LocalDate start = today.minusMonths(plan.stage() == AllianceStage.OPERATING || plan.stage() == AllianceStage.ENDED ? 26 : 3);
        Alliance a = alliances.create(AllianceForm.named(plan.name(), plan.goal()));
        Long id = a.getId();
        // options evaluated, one chosen (评选方案)
        if (plan.stage().ordinal() >= AllianceStage.EVALUATE_OPTIONS.ordinal()) {
            optionService.saveOption(id, null, OptionKind.OPTION, "战略联盟", "与伙伴结盟，共享资源与市场", null, scores(random, 4));
            optionService.saveOption(id, null, OptionKind.OPTION, "自建", "独立投资建设", null, scores(random, 2));
            if (plan.stage().ordinal() > AllianceStage.EVALUATE_OPTIONS.ordinal()) {
                optionService.saveOption(id, null, OptionKind.OPTION, "并购", "收购一家区域企业", null, scores(random, 3));
                Alliance loaded = alliances.get(id);
                optionService.choose(id, loaded.getOptions().get(0).getId());
            }
        }
        List<AllianceForm.Partner> partners = new ArrayList<>();
        for (Long c : partnerIds) {
            Map<Criterion, Integer> candidate = scores(random, 4);
            candidate.remove(Criterion.FINANCIAL_STRENGTH); // pre-filled from the customer's credit rating
            optionService.saveOption(id, null, OptionKind.CANDIDATE, null, "候选盟友", c, candidate);
            partners.add(new AllianceForm.Partner(c, null, null, null, null));
        }
        if (plan.outsider() != null) {
            partners.add(new AllianceForm.Partner(null, plan.outsider(),
                    UnifiedSocialCreditCode.compose('9', '1', "440300", String.format(Locale.ROOT, "%08d", 7100 + n)), "王经理 138-0000-" + (1000 + n),
                    null));
        }
        if (plan.composition() == CompositionForm.EQUITY && !partners.isEmpty()) {
            List<AllianceForm.Partner> shared = new ArrayList<>();
            BigDecimal each = BigDecimal.ONE.divide(BigDecimal.valueOf(partners.size()), 4, java.math.RoundingMode.DOWN);
            BigDecimal rest = BigDecimal.ONE;
            for (int i = 0; i < partners.size(); i++) {
                BigDecimal share = i == partners.size() - 1 ? rest : each;
                rest = rest.subtract(share);
                AllianceForm.Partner p = partners.get(i);
                shared.add(new AllianceForm.Partner(p.customerId(), p.name(), p.uscc(), p.contact(), share));
            }
            partners = shared;
        }
        Map<PowerBase, PowerRating> power = new EnumMap<>(PowerBase.class);
        if (plan.distribution() != null) {
            String[] evidence = {"可暂停新品供货", "年度返利与销售奖励", "经销合同约定的义务", "提供技术培训与工艺支持", "品牌在区域内认可度高"};
            for (PowerBase b : PowerBase.values()) {
                power.put(b, new PowerRating(2 + random.nextInt(4), evidence[b.ordinal()]));
            }
        }
        boolean signed = plan.stage().ordinal() > AllianceStage.NEGOTIATE_SIGN.ordinal();
        Alliance current = alliances.get(id);
        AllianceForm form = new AllianceForm(plan.name(), plan.goal(), n % 3 == 0 ? Set.of(other) : Set.of(), start, start.plusYears(5),
                plan.participant(), plan.composition(), plan.distribution() != null, plan.distribution(), power, Map.of(),
                signed ? start.plusMonths(2) : null, signed || plan.stage() == AllianceStage.NEGOTIATE_SIGN ? "双方在约定区域内共同开发市场，共享客户与渠道资源" : null,
                "约定区域内排他", "华南、华东", "五年，期满可续", "提前六个月书面通知", "双方各派三名高管组成指导委员会", "每季度一次", 6,
                partners);
        alliances.update(id, current.getVersion(), form);
        // walk the stages through their gates
        while (alliances.get(id).getStage().ordinal() < Math.min(plan.stage().ordinal(), AllianceStage.OPERATING.ordinal())) {
            Alliance x = alliances.get(id);
            alliances.move(id, x.getVersion(), AllianceStage.values()[x.getStage().ordinal() + 1], null, null);
        }
        if (signed) {
            LocalDate d = start.plusMonths(2);
            agreementService.saveContribution(id, null, "我方", ContributionKind.TECHNOLOGY, "提供生产工艺与技术培训", new BigDecimal("500000"),
                    d.plusMonths(1), ContributionStatus.DELIVERED);
            String partnerName = alliances.get(id).getPartners().isEmpty() ? "伙伴" : alliances.get(id).getPartners().get(0).getName();
            agreementService.saveContribution(id, null, partnerName, ContributionKind.CHANNEL, "开放区域渠道与门店资源", null, today.minusDays(10 + n),
                    ContributionStatus.DUE);
            agreementService.saveContribution(id, null, partnerName, ContributionKind.MONEY, "首期市场推广费用", new BigDecimal(200000 + 50000 * n),
                    today.plusDays(12 + n), ContributionStatus.DUE);
            agreementService.addMeeting(id, d.plusMonths(3), "双方指导委员会成员", "确定年度目标与分工", "各方提交季度计划");
            agreementService.addMeeting(id, today.minusMonths(2), "双方指导委员会成员", "回顾上半年执行情况，调整推广预算", "伙伴方补足渠道投入");
            // two years of health reviews, one every six months, rising or falling
            for (int r = 4; r >= 1; r--) {
                LocalDate date = today.minusMonths(6L * r).plusDays(n);
                int step = 4 - r;
                Map<Principle, Integer> ours = new EnumMap<>(Principle.class);
                Map<Principle, Integer> theirs = new EnumMap<>(Principle.class);
                for (Principle p : Principle.values()) {
                    int base = plan.rising() ? 2 + step / 2 + random.nextInt(2) : 4 - step / 2 - random.nextInt(2);
                    ours.put(p, Math.max(1, Math.min(5, base)));
                    theirs.put(p, Math.max(1, Math.min(5, base + random.nextInt(3) - 1)));
                }
                health.review(id, date, ours, r % 2 == 0 ? theirs : null, Map.of(Principle.CULTURE, "定期沟通会议已建立"));
            }
            Alliance reviewed = alliances.get(id);
            reviewed.getRisks().stream().filter(x -> x.getType() == RiskType.UNSUITABLE_PARTNER).findFirst().ifPresent(risk ->
                    health.saveRisk(id, risk.getId(), risk.getType(), "伙伴的区域覆盖与我方目标市场不完全一致", 2, 4, "渠道部",
                            "每季度评估伙伴覆盖情况", RiskStatus.MITIGATED, null));
        }
        if (plan.stage() == AllianceStage.ENDED) {
            Alliance x = alliances.get(id);
            alliances.move(id, x.getVersion(), AllianceStage.ENDED, "合作目标已达成，双方协商终止", today.minusMonths(1));
        }
        return null;
    }

    private static Map<Criterion, Integer> scores(Random random, int around) {
        Map<Criterion, Integer> s = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            if (c != Criterion.FINANCIAL_STRENGTH) {
                s.put(c, Math.max(1, Math.min(5, around + random.nextInt(3) - 1)));
            }
        }
        s.put(Criterion.FINANCIAL_STRENGTH, Math.max(1, Math.min(5, around)));
        return s;
    }
}
