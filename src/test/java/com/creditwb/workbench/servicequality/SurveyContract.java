package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ChurnRules;
import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.SatisfactionLevel;
import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Survey rounds that must hold on every database: run by {@link SurveyH2Test} and {@link SurveyPostgresTest}. */
abstract class SurveyContract {

    static final String AM = "ACCOUNT_MANAGER";
    static final LocalDate TODAY = com.creditwb.workbench.TestClockConfig.DATE;

    @Autowired
    SurveyService surveys;
    @Autowired
    QuestionnaireService questionnaireService;
    @Autowired
    SurveyLinkService links;
    @Autowired
    SurveyPortfolioService portfolios;
    @Autowired
    SurveyAnswerCheck answerCheck;
    @Autowired
    CustomerService customers;
    @Autowired
    QuestionnaireRepository questionnaires;
    @Autowired
    SurveyRepository surveyRepository;
    @Autowired
    SurveyInvitationRepository invitations;
    @Autowired
    SurveyResponseRepository responses;
    @Autowired
    AccessPolicy policy;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Messages messages;
    @Autowired
    Clock clock;

    Customer customer() {
        Customer c = TestCustomers.fresh("SV", "服务质量测试有限公司");
        c.setOwner("account1");
        return SystemAuthentication.call(() -> customers.create(c));
    }

    /** A five-factor answer with every expectation at e and every perception at p, importance even, recommending r. */
    static SurveyService.AnswerForm answer(Questionnaire q, int e, int p, Integer r) {
        Map<Dimension, List<Integer>> expectation = new java.util.EnumMap<>(Dimension.class);
        Map<Dimension, List<Integer>> perception = new java.util.EnumMap<>(Dimension.class);
        for (Dimension d : q.dimensions()) {
            expectation.put(d, q.items(d).stream().map(x -> e).toList());
            perception.put(d, q.items(d).stream().map(x -> p).toList());
        }
        return new SurveyService.AnswerForm("王经理", expectation, perception, null, SatisfactionLevel.PLEASED, r, "交货及时");
    }

    @Test
    void the_two_default_questionnaires_hold_the_seeds_dimensions_with_statements_in_both_languages() {
        List<Questionnaire> all = as("credit1", "CREDIT_MANAGER", () -> questionnaireService.questionnaires());
        assertThat(all).extracting(Questionnaire::getModel).containsExactly(Dimension.Model.FIVE, Dimension.Model.NINE);
        assertThat(all.get(0).dimensions()).containsExactlyElementsOf(Dimension.of(Dimension.Model.FIVE));
        assertThat(all.get(1).dimensions()).containsExactlyElementsOf(Dimension.of(Dimension.Model.NINE));
        for (Questionnaire q : all) {
            for (Dimension d : q.dimensions()) {
                assertThat(q.items(d)).hasSizeBetween(3, 5).allSatisfy(s -> {
                    assertThat(s.zh()).isNotBlank();
                    assertThat(s.en()).isNotBlank();
                });
            }
        }
    }

    @Test
    void the_owner_starts_a_round_and_a_link_opens_the_questionnaire_once_until_its_date() {
        Customer c = customer();
        SurveyService.Created created = as("account1", AM, () -> surveys.create(c.getId(), Dimension.Model.FIVE, "2026 年第四季度调查",
                TODAY.plusDays(14), List.of(new SurveyService.Invitee("王经理", "wang@example.com", Locale.SIMPLIFIED_CHINESE),
                        new SurveyService.Invitee("Ms Li", null, Locale.ENGLISH))));
        assertThat(created.links()).hasSize(2);
        String token = created.links().get(0).token();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        // only the token's hash is kept
        assertThat(invitations.findById(created.links().get(0).invitation().getId()).orElseThrow().getContactName()).isEqualTo("王经理");
        assertThat(invitations.findByTokenHash(token)).isEmpty();
        // others may not start one; credit managers read; finance does not
        assertThatThrownBy(() -> as("account2", AM, () -> surveys.create(c.getId(), Dimension.Model.FIVE, "x", TODAY, List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> surveys.results(c.getId()))).isInstanceOf(NotFoundException.class);

        // by link, no account: the questionnaire in the contact's language, then answered once
        SurveyLinkService.Opened opened = SystemAuthentication.call(() -> links.open(token));
        assertThat(opened.invitation().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(opened.customerName()).isEqualTo(c.getName());
        Questionnaire q = opened.questionnaire();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        links.answer(token, answer(q, 7, 5, 9));
        assertThatThrownBy(() -> links.open(token)).isInstanceOfSatisfying(SurveyLinkService.LinkException.class,
                e -> assertThat(e.reason()).isEqualTo(SurveyLinkService.LinkException.Reason.ANSWERED));
        assertThatThrownBy(() -> links.answer(token, answer(q, 7, 5, 9))).isInstanceOf(SurveyLinkService.LinkException.class);
        assertThatThrownBy(() -> links.open("x".repeat(43))).isInstanceOfSatisfying(SurveyLinkService.LinkException.class,
                e -> assertThat(e.reason()).isEqualTo(SurveyLinkService.LinkException.Reason.UNKNOWN));
        assertThatThrownBy(() -> links.open("../../api/customers")).isInstanceOf(SurveyLinkService.LinkException.class);
        // a half-filled answer is refused and stores nothing
        String second = created.links().get(1).token();
        SurveyService.AnswerForm half = answer(q, 7, 5, 9);
        half.perception().put(Dimension.TANGIBLES, List.of(5));
        assertThatThrownBy(() -> links.answer(second, half)).isInstanceOf(ValidationException.class);
        // importance points must add up to 100 (here 50 + 20 = 70)
        SurveyService.AnswerForm full = answer(q, 7, 5, 9);
        SurveyService.AnswerForm short70 = new SurveyService.AnswerForm(full.respondent(), full.expectation(), full.perception(),
                Map.of(Dimension.TANGIBLES, 50.0, Dimension.RELIABILITY, 20.0), full.satisfaction(), full.recommend(), full.comments());
        assertThatThrownBy(() -> links.answer(second, short70)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).containsExactly("importance"));
        assertThat(SystemAuthentication.call(() -> links.open(second))).isNotNull();

        // the round: one answer by link, all gaps 5 − 7 = −2; CSI 100 × (5 − 1) / 6 = 66.7; NPS one promoter of one = 100
        SurveyService.RoundResult r = as("credit1", "CREDIT_MANAGER", () -> surveys.result(created.survey().getId()));
        assertThat(r.progress()).isEqualTo(new SurveyService.Progress(2, 1, 0));
        assertThat(r.result().servqual()).isCloseTo(-2, Offset.offset(1e-9));
        assertThat(r.result().csi()).isCloseTo(400.0 / 6, Offset.offset(1e-9));
        assertThat(r.result().nps()).isCloseTo(100, Offset.offset(1e-9));
        assertThat(r.levels()).containsEntry(SatisfactionLevel.PLEASED, 1L);
        assertThat(r.responses().get(0).getChannel()).isEqualTo(SurveyResponse.Channel.LINK);

        // the account manager enters an answer taken by phone: perception 3 for all → gaps −4; mean of −2 and −4 = −3
        as("account1", AM, () -> surveys.enter(created.survey().getId(), answer(q, 7, 3, 4)));
        SurveyService.RoundResult both = as("account1", AM, () -> surveys.result(created.survey().getId()));
        assertThat(both.result().servqual()).isCloseTo(-3, Offset.offset(1e-9));
        assertThat(both.result().nps()).as("one promoter, one detractor").isCloseTo(0, Offset.offset(1e-9));
        assertThatThrownBy(() -> as("credit1", "CREDIT_MANAGER", () -> surveys.enter(created.survey().getId(), answer(q, 7, 3, 4))))
                .isInstanceOf(AccessDeniedException.class);

        // after its date the unanswered link is closed and counts as expired
        SurveyService later = new SurveyService(questionnaires, answerCheck, surveyRepository, invitations, responses, customers, keyAccounts, policy,
                currentUser, messages, Clock.offset(clock, Duration.ofDays(20)));
        SurveyLinkService laterLinks = new SurveyLinkService(questionnaires, surveyRepository, invitations, responses, customers, answerCheck,
                Clock.offset(clock, Duration.ofDays(20)));
        assertThatThrownBy(() -> laterLinks.open(second)).isInstanceOfSatisfying(SurveyLinkService.LinkException.class,
                e -> assertThat(e.reason()).isEqualTo(SurveyLinkService.LinkException.Reason.EXPIRED));
        assertThat(as("account1", AM, () -> later.result(created.survey().getId())).progress()).isEqualTo(new SurveyService.Progress(2, 2, 1));

        // a renewed link replaces the old one
        SurveyService.Link renewed = as("account1", AM, () -> surveys.renew(created.survey().getId(), created.links().get(1).invitation().getId()));
        assertThatThrownBy(() -> links.open(second)).isInstanceOf(SurveyLinkService.LinkException.class);
        assertThat(SystemAuthentication.call(() -> links.open(renewed.token())).invitation().getContactName()).isEqualTo("Ms Li");
    }

    @Autowired
    com.creditwb.workbench.keyaccount.export.PlanServiceQuality planFigures;
    @Autowired
    com.creditwb.workbench.keyaccount.plan.PlanService plans;
    @Autowired
    com.creditwb.workbench.keyaccount.export.KeyAccountExport planExport;
    @Autowired
    ComplaintService complaints;

    @Test
    void the_key_account_plan_shows_the_latest_round_the_csi_trend_and_open_complaints_to_who_may_read_them() throws Exception {
        Customer c = customer();
        for (int[] round : new int[][] {{7, 4}, {7, 6}}) {
            SurveyService.Created created = as("account1", AM, () -> surveys.create(c.getId(), Dimension.Model.FIVE, "第 " + round[1] + " 轮",
                    TODAY.plusDays(14), List.of(new SurveyService.Invitee("王经理", null, Locale.SIMPLIFIED_CHINESE))));
            Questionnaire q = as("account1", AM, () -> questionnaireService.questionnaires()).get(0);
            links.answer(created.links().get(0).token(), answer(q, round[0], round[1], 9));
        }
        as("account1", AM, () -> complaints.raise(c.getId(), new ComplaintService.Form(ComplaintFlow.Category.SERVICE, ComplaintFlow.Severity.LOW,
                "回复慢", null)));
        // CSI of perception 4: 100 × 3 / 6 = 50; of perception 6: 100 × 5 / 6 = 83.3; SERVQUAL 6 − 7 = −1
        var f = as("account1", AM, () -> planFigures.forCustomer(c.getId(), Locale.ENGLISH));
        assertThat(f.round()).isEqualTo("第 6 轮");
        assertThat(f.servqual()).isCloseTo(-1, Offset.offset(1e-9));
        assertThat(f.csiTrend()).isEqualTo("50.0 → 83.3");
        assertThat(f.openComplaints()).isEqualTo(1);
        assertThat(as("account2", AM, () -> planFigures.forCustomer(c.getId(), Locale.ENGLISH))).isNull();
        // and in the plan's workbook
        var plan = as("account1", AM, () -> plans.create(c.getId()));
        byte[] xlsx = as("account1", AM, () -> planExport.plan(plan.getId(), Locale.ENGLISH));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter(Locale.ENGLISH);
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('|');
                    }
                }
            }
            assertThat(text).contains("Satisfaction index (CSI)|83.3").contains("CSI over the rounds|50.0 → 83.3").contains("Open complaints|1");
        }
    }

    @Autowired
    ChurnWatchService churn;
    @Autowired
    com.creditwb.workbench.keyaccount.KeyAccountService keyAccounts;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;

    @Test
    void the_churn_watch_joins_falling_satisfaction_detractors_reopened_complaints_and_falling_revenue_for_who_may_see_them() {
        Customer c = customer();
        // CSI 100 × (6 − 1) / 6 = 83.3, then 100 × (4 − 1) / 6 = 50: down 33.3; the latest answer recommends 3 (a detractor)
        int[][] rounds = {{6, 9}, {4, 3}};
        for (int[] r : rounds) {
            SurveyService.Created created = as("account1", AM, () -> surveys.create(c.getId(), Dimension.Model.FIVE, "第 " + r[0] + " 轮",
                    TODAY.plusDays(14), List.of(new SurveyService.Invitee("王经理", null, Locale.SIMPLIFIED_CHINESE))));
            Questionnaire q = as("account1", AM, () -> questionnaireService.questionnaires()).get(0);
            links.answer(created.links().get(0).token(), answer(q, 7, r[0], r[1]));
        }
        // a complaint reopened after a negative feedback
        Complaint raised = as("account1", AM, () -> complaints.raise(c.getId(), new ComplaintService.Form(ComplaintFlow.Category.DELIVERY,
                ComplaintFlow.Severity.MEDIUM, "晚到", null)));
        Complaint started = as("account1", AM, () -> complaints.step(raised.getId(), raised.getVersion(), ComplaintFlow.Step.START, null, null));
        Complaint resolved = as("account1", AM, () -> complaints.step(raised.getId(), started.getVersion(), ComplaintFlow.Step.RESOLVE, "补发", null));
        as("account1", AM, () -> complaints.step(raised.getId(), resolved.getVersion(), ComplaintFlow.Step.FEEDBACK, "仍晚", false));
        // revenue 2,000,000 (2025) → 1,500,000 (2026): −25 %
        as("account1", AM, () -> {
            economicsService.saveYear(c.getId(), new com.creditwb.workbench.keyaccount.value.AccountEconomics(2025, new java.math.BigDecimal("2000000"),
                    new java.math.BigDecimal("1500000"), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null, null, null), null);
            economicsService.saveYear(c.getId(), new com.creditwb.workbench.keyaccount.value.AccountEconomics(2026, new java.math.BigDecimal("1500000"),
                    new java.math.BigDecimal("1200000"), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null, null, null), null);
            return null;
        });
        ChurnWatchService.AtRisk risk = as("account1", AM, () -> churn.list()).stream().filter(a -> a.customerId().equals(c.getId()))
                .findFirst().orElseThrow();
        assertThat(risk.reasons()).extracting(ChurnRules.Found::reason).containsExactly(ChurnRules.Reason.SATISFACTION_DOWN,
                ChurnRules.Reason.DETRACTORS, ChurnRules.Reason.COMPLAINTS, ChurnRules.Reason.REVENUE_DOWN);
        assertThat(risk.reasons().get(0).figure()).isCloseTo(500.0 / 6 - 50, Offset.offset(1e-9));
        assertThat(risk.reasons().get(3).figure()).isCloseTo(25, Offset.offset(1e-9));
        // 30 + 20 + 20 + 15
        assertThat(risk.score()).isCloseTo(85, Offset.offset(1e-9));
        assertThat(as("credit1", "CREDIT_MANAGER", () -> churn.list())).extracting(ChurnWatchService.AtRisk::customerId).contains(c.getId());
        assertThat(as("account2", AM, () -> churn.list())).extracting(ChurnWatchService.AtRisk::customerId).doesNotContain(c.getId());
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> churn.list()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // ADMIN raises the CSI threshold to 40 points and weighs detractors 5: the 33.3 drop no longer counts; 5 + 20 + 15 = 40
        try {
            java.util.Map<ChurnRules.Reason, Double> w = new java.util.EnumMap<>(ChurnRules.DEFAULTS.weights());
            w.put(ChurnRules.Reason.DETRACTORS, 5.0);
            as("admin", "ADMIN", () -> churn.saveSettings(new ChurnRules.Settings(w, 40, 10, 10)));
            ChurnWatchService.AtRisk after = as("account1", AM, () -> churn.list()).stream().filter(a -> a.customerId().equals(c.getId()))
                    .findFirst().orElseThrow();
            assertThat(after.reasons()).extracting(ChurnRules.Found::reason).doesNotContain(ChurnRules.Reason.SATISFACTION_DOWN);
            assertThat(after.score()).isCloseTo(40, Offset.offset(1e-9));
            assertThatThrownBy(() -> as("admin", "ADMIN", () -> churn.saveSettings(new ChurnRules.Settings(w, 0, 10, 10))))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> as("account1", AM, () -> churn.saveSettings(ChurnRules.DEFAULTS))).isInstanceOf(AccessDeniedException.class);
        } finally {
            as("admin", "ADMIN", () -> churn.saveSettings(ChurnRules.DEFAULTS));
        }
    }

    /** A customer of account1 with revenue enough to sit in the revenue head of any test portfolio. */
    Customer bigCustomer(boolean withContact) {
        Customer c = TestCustomers.fresh("SG", "细分调查测试有限公司");
        c.setOwner("account1");
        if (withContact) {
            c.addContact(new com.creditwb.workbench.customer.Contact("赵总", "采购总监", null, "zhao@example.com",
                    com.creditwb.workbench.customer.domain.ContactRole.DECISION_MAKER));
        }
        Customer saved = SystemAuthentication.call(() -> customers.create(c));
        as("account1", AM, () -> {
            economicsService.saveYear(saved.getId(), new com.creditwb.workbench.keyaccount.value.AccountEconomics(2026,
                    new java.math.BigDecimal("900000000000"), new java.math.BigDecimal("700000000000"), java.math.BigDecimal.ZERO,
                    java.math.BigDecimal.ZERO, null, null, null), null);
            return null;
        });
        return saved;
    }

    @Test
    void a_segment_is_surveyed_at_once_and_its_rounds_pool_into_the_segments_trend_and_chart() {
        Customer asked = bigCustomer(true);
        Customer silent = bigCustomer(false);
        SurveyService.SegmentCreated created = as("account1", AM, () -> surveys.createForSegment("pareto_revenue", Dimension.Model.FIVE,
                "2026 下半年重点客户调查", TODAY.plusDays(14), Locale.SIMPLIFIED_CHINESE));
        assertThat(created.segment()).isEqualTo("PARETO_REVENUE");
        assertThat(created.withoutContacts()).contains(silent.getName());
        SurveyService.Created mine = created.rounds().stream().filter(r -> r.survey().getCustomerId().equals(asked.getId())).findFirst().orElseThrow();
        assertThat(mine.links()).extracting(l -> l.invitation().getContactName()).containsExactly("赵总");
        assertThat(mine.survey().getSegment()).isEqualTo("PARETO_REVENUE");
        assertThat(created.rounds()).allSatisfy(r -> assertThat(SystemAuthentication.call(() -> customers.ownerOf(r.survey().getCustomerId()))).isEqualTo("account1"));
        // every round's customer is in the segment
        var segment = as("account1", AM, () -> keyAccounts.portfolio("PARETO_REVENUE")).stream().map(r -> r.id()).toList();
        assertThat(created.rounds()).allSatisfy(r -> assertThat(segment).contains(r.survey().getCustomerId()));
        assertThat(SystemAuthentication.call(() -> links.open(mine.links().get(0).token())).invitation().getLocale())
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);

        // the contact answers: perception 4 against 7 everywhere, CSI 100 × 3 / 6 = 50, SERVQUAL −3, one promoter
        Questionnaire q = as("account1", AM, () -> questionnaireService.questionnaires()).get(0);
        links.answer(mine.links().get(0).token(), answer(q, 7, 4, 9));
        SurveyPortfolioService.Portfolio p = as("account1", AM, () -> portfolios.portfolio("PARETO_REVENUE", Dimension.Model.FIVE));
        assertThat(p.latest().period()).isEqualTo(new SurveyPortfolioService.HalfYear(TODAY.getYear(), TODAY.getMonthValue() <= 6 ? 1 : 2));
        assertThat(p.latest().result().respondents()).as("only this segment's answers").isEqualTo(1);
        assertThat(p.latest().result().csi()).isCloseTo(50, Offset.offset(1e-9));
        assertThat(p.latest().result().servqual()).isCloseTo(-3, Offset.offset(1e-9));
        assertThat(p.latest().result().nps()).isCloseTo(100, Offset.offset(1e-9));
        assertThat(p.chart().points()).hasSize(5);
        // another account manager sees none of it; an unknown segment names itself
        SurveyPortfolioService.Portfolio theirs = as("account2", AM, () -> portfolios.portfolio("PARETO_REVENUE", Dimension.Model.FIVE));
        assertThat(theirs.trend()).isEmpty();
        assertThatThrownBy(() -> as("account2", AM, () -> surveys.createForSegment("PARETO_REVENUE", Dimension.Model.FIVE, "x",
                TODAY.plusDays(14), Locale.ENGLISH))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getErrors().get(0).field()).isEqualTo("segment"));
        assertThatThrownBy(() -> as("account1", AM, () -> portfolios.portfolio("SOMEWHERE", null))).isInstanceOf(ValidationException.class);
        // a bad title creates nothing for anyone
        long before = surveyRepository.count();
        assertThatThrownBy(() -> as("account1", AM, () -> surveys.createForSegment("PARETO_REVENUE", Dimension.Model.FIVE, " ",
                TODAY.plusDays(14), Locale.ENGLISH))).isInstanceOf(ValidationException.class);
        assertThat(surveyRepository.count()).isEqualTo(before);
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> portfolios.portfolio(null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void admin_saves_a_new_questionnaire_version_and_a_started_round_keeps_the_one_it_asked() {
        Customer c = customer();
        SurveyService.Created before = as("account1", AM, () -> surveys.create(c.getId(), Dimension.Model.FIVE, "改版前", TODAY.plusDays(7),
                List.of(new SurveyService.Invitee("王经理", null, Locale.SIMPLIFIED_CHINESE))));
        Questionnaire v1 = as("admin", "ADMIN", () -> questionnaireService.questionnaires()).get(0);
        List<Questionnaire.Statement> changed = new java.util.ArrayList<>(v1.getStatements());
        changed.removeIf(s -> s.dimension() == Dimension.ASSURANCE && s.en().startsWith("We feel safe")); // ASSURANCE 4 → 3
        int number = v1.getNumber();
        try {
            Questionnaire v2 = as("admin", "ADMIN", () -> questionnaireService.saveQuestionnaire(Dimension.Model.FIVE, changed));
            assertThat(v2.getNumber()).isEqualTo(number + 1);
            assertThat(v2.items(Dimension.ASSURANCE)).hasSize(3);
            assertThat(as("credit1", "CREDIT_MANAGER", () -> surveys.result(before.survey().getId())).questionnaire().getNumber())
                    .as("the started round keeps its version").isEqualTo(number);
            // too few statements in a dimension, or one in one language only
            List<Questionnaire.Statement> tooFew = changed.stream().filter(s -> s.dimension() != Dimension.TANGIBLES).toList();
            assertThatThrownBy(() -> as("admin", "ADMIN", () -> questionnaireService.saveQuestionnaire(Dimension.Model.FIVE, tooFew)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors().get(0).field()).isEqualTo("statements.TANGIBLES"));
            assertThatThrownBy(() -> as("account1", AM, () -> questionnaireService.saveQuestionnaire(Dimension.Model.FIVE, changed)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            // later tests expect the five-factor questionnaire with its 19 statements
            as("admin", "ADMIN", () -> questionnaireService.saveQuestionnaire(Dimension.Model.FIVE, v1.getStatements()));
        }
    }

    @Test
    void a_round_needs_a_title_a_date_within_a_year_and_named_contacts() {
        Customer c = customer();
        assertThatThrownBy(() -> as("account1", AM, () -> surveys.create(c.getId(), Dimension.Model.NINE, " ", TODAY.minusDays(1),
                List.of(new SurveyService.Invitee(" ", null, Locale.ENGLISH))))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                                .containsExactly("title", "validUntil", "contacts[0]"));
        assertThat(surveyRepository.findByCustomerIdOrderByCreatedAtAscIdAsc(c.getId())).isEmpty();
    }
}
