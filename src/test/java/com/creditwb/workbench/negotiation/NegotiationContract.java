package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.IssueKind;
import com.creditwb.workbench.negotiation.domain.IssueTargets;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Negotiations that must hold on every database: run by {@link NegotiationH2Test} and {@link NegotiationPostgresTest}. */
abstract class NegotiationContract {

    static final String AM = "ACCOUNT_MANAGER";

    @Autowired
    NegotiationService negotiations;
    @Autowired
    com.creditwb.workbench.negotiation.NegotiationSessionService sessionService;
    @Autowired
    com.creditwb.workbench.negotiation.NegotiationCreditService creditService;
    @Autowired
    com.creditwb.workbench.negotiation.NegotiationWarningService warningService;
    @Autowired
    TeamSizeService teamSizes;
    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    AssessmentService assessments;

    static final List<PlanIssue> ISSUES = List.of(
            new PlanIssue("price", IssueKind.PRICE, "元/件", IssueTargets.Better.HIGHER, 3.0, 120.0, 110.0, 100.0, 105.0),
            new PlanIssue("terms", IssueKind.PAYMENT_TERMS_DAYS, "天", IssueTargets.Better.LOWER, 1.0, 30.0, 45.0, 60.0, 90.0));

    Customer counterpart() {
        Customer c = TestCustomers.fresh("NG", "谈判对手有限公司");
        c.setOwner("account1");
        return SystemAuthentication.call(() -> customers.create(c));
    }

    static NegotiationForm form(Long counterpart, Map<String, Set<TeamRules.Expertise>> team, List<PlanIssue> issues, BigDecimal value) {
        return new NegotiationForm("年度供货合同", counterpart, Direction.SELL, null, null, value, TeamRules.Importance.HIGH,
                TeamRules.Difficulty.HIGH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), team, issues, "转售给其他经销商", 80.0, 40.0);
    }

    Negotiation created(Customer c, Map<String, Set<TeamRules.Expertise>> team) {
        return as("account1", AM, () -> negotiations.create(form(c.getId(), team, ISSUES, new BigDecimal("12000000"))));
    }

    @Test
    void confidential_only_the_owner_the_team_and_admin_may_open_it_and_every_opening_is_logged() {
        Customer c = counterpart();
        Negotiation n = created(c, Map.of("credit1", Set.of(TeamRules.Expertise.FINANCE)));
        assertThat(as("credit1", "CREDIT_MANAGER", () -> negotiations.open(n.getId(), ReadChannel.UI))).isNotNull();
        assertThat(as("admin", "ADMIN", () -> negotiations.open(n.getId(), ReadChannel.API))).isNotNull();
        for (String[] outsider : new String[][] {{"account2", AM}, {"credit2", "CREDIT_MANAGER"}, {"finance1", "FINANCE"}}) {
            assertThatThrownBy(() -> as(outsider[0], outsider[1], () -> negotiations.open(n.getId(), ReadChannel.UI)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(as(outsider[0], outsider[1], () -> negotiations.list())).extracting(Negotiation::getId).doesNotContain(n.getId());
        }
        assertThat(as("credit1", "CREDIT_MANAGER", () -> negotiations.list())).extracting(Negotiation::getId).contains(n.getId());
        // each opening once, with who and through which channel; refused openings are not openings
        var log = as("account1", AM, () -> negotiations.openings(n.getId()));
        assertThat(log).extracting(e -> e.getReadBy() + "/" + e.getChannel()).containsExactlyInAnyOrder("credit1/UI", "admin/API");
        assertThatThrownBy(() -> as("credit1", "CREDIT_MANAGER", () -> negotiations.openings(n.getId()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_team_edits_only_the_owner_moves_the_status_and_an_archived_negotiation_is_read_only() {
        Customer c = counterpart();
        Negotiation n = created(c, Map.of("account2", Set.of(TeamRules.Expertise.COMMERCIAL)));
        Negotiation edited = as("account2", AM, () -> negotiations.update(n.getId(), n.getVersion(),
                form(c.getId(), Map.of("account2", Set.of(TeamRules.Expertise.COMMERCIAL)), ISSUES, new BigDecimal("9000000"))));
        assertThat(edited.getContractValue()).isEqualByComparingTo("9000000");
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.update(n.getId(), n.getVersion(), form(c.getId(), Map.of(), ISSUES, null))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as("account2", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.IN_PROGRESS, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.IN_PROGRESS, null, null));
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.ARCHIVED, null, null)))
                .as("not from in progress").isInstanceOf(ValidationException.class);
        Negotiation agreed = as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.AGREED,
                Map.of("price", 112.0, "terms", 45.0), null));
        assertThat(agreed.getOutcomeValues()).containsEntry("price", 112.0);
        Negotiation archived = as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.ARCHIVED, null, null));
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.update(n.getId(), archived.getVersion(), form(c.getId(), Map.of(), ISSUES, null))))
                .isInstanceOf(ArchivedException.class);
    }

    @Test
    void inconsistent_targets_are_refused_naming_the_issue_and_a_package_is_scored() {
        Customer c = counterpart();
        List<PlanIssue> wrong = List.of(ISSUES.get(0),
                new PlanIssue("terms", IssueKind.PAYMENT_TERMS_DAYS, "天", IssueTargets.Better.LOWER, 1.0, 60.0, 45.0, 30.0, null));
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.create(form(c.getId(), Map.of(), wrong, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).containsExactly("issues[1].acceptable");
                    assertThat(e.getErrors().get(0).message()).contains("terms");
                });
        Negotiation n = created(c, Map.of());
        // price 115 → 75, terms 40 → 66.67; weights 3 : 1 → 0.75 × 75 + 0.25 × 66.67 = 72.92
        NegotiationCreditService.Scored s = as("account1", AM, () -> creditService.score(n.getId(), Map.of("price", 115.0, "terms", 40.0)));
        assertThat(s.result().score()).isCloseTo(0.75 * 75 + 0.25 * 200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.warnings()).extracting(NegotiationWarning::code).containsExactly("NO_DECISION");
        assertThat(n.acceptableScore()).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-9));
        // HIGH importance 4, +1 HIGH difficulty, +1 for 12,000,000 元: 6 suggested; owner alone is 1
        assertThat(as("account1", AM, () -> negotiations.suggestedTeamSize(n))).isEqualTo(6);
        // and the plan's worst terms are judged against the (missing) credit decision
        assertThat(as("account1", AM, () -> warningService.warnings(n))).extracting(NegotiationWarning::code)
                .containsExactly("TEAM_TOO_SMALL", "NO_DECISION");
        assertThatThrownBy(() -> as("account1", AM, () -> creditService.score(n.getId(), Map.of("discount", 3.0))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void selling_beyond_the_counterparts_approved_terms_or_limit_is_warned_from_the_credit_decision() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        var decision = TestCredit.approved(assessments, c);
        Negotiation n = as("account1", AM, () -> negotiations.create(form(c.getId(), Map.of(), ISSUES,
                decision.getLimitAmount().add(new BigDecimal("1000")))));
        double longer = decision.getTermsDays() + 30.0;
        NegotiationCreditService.Scored s = as("account1", AM, () -> creditService.score(n.getId(), Map.of("price", 115.0, "terms", longer)));
        assertThat(s.warnings()).extracting(NegotiationWarning::code).contains("CREDIT_TERMS_EXCEEDED", "CREDIT_LIMIT_EXCEEDED");
        NegotiationCreditService.Scored within = as("account1", AM, () -> creditService.score(n.getId(),
                Map.of("price", 115.0, "terms", (double) decision.getTermsDays())));
        assertThat(within.warnings()).extracting(NegotiationWarning::code).doesNotContain("CREDIT_TERMS_EXCEEDED");
    }

    @Test
    void topics_need_their_leads_on_the_team_and_a_lead_without_the_topics_expertise_is_warned() {
        Customer c = counterpart();
        Map<String, Set<TeamRules.Expertise>> team = Map.of("account1", Set.of(TeamRules.Expertise.COMMERCIAL),
                "credit1", Set.of(TeamRules.Expertise.FINANCE));
        Negotiation n = created(c, team);
        NegotiationForm outsiderLead = withParts(form(c.getId(), team, ISSUES, null),
                List.of(new TopicTeam(TeamRules.Topic.LEGAL, "credit2", List.of())), null);
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.update(n.getId(), n.getVersion(), outsiderLead)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                        .containsExactly("topics[0].lead"));
        // the owner leads the commercial clauses (fits), the credit manager (finance) the legal ones (does not)
        Negotiation saved = as("account1", AM, () -> negotiations.update(n.getId(), n.getVersion(), withParts(form(c.getId(), team, ISSUES, null),
                List.of(new TopicTeam(TeamRules.Topic.COMMERCIAL, "account1", List.of("credit1")),
                        new TopicTeam(TeamRules.Topic.LEGAL, "credit1", List.of())), null)));
        assertThat(saved.getTopics()).hasSize(2);
        assertThat(as("account1", AM, () -> warningService.warnings(saved))).filteredOn(w -> w.code().equals("LEAD_MISFIT"))
                .extracting(NegotiationWarning::variant).containsExactly("LEGAL");
        // the owner's own expertise counts towards the team of 2
        assertThat(saved.participants()).containsExactly("account1", "credit1");
    }

    @Test
    void a_representatives_authority_ending_before_the_deadline_is_warned_and_the_analysis_is_kept() {
        Customer c = counterpart();
        Negotiation n = created(c, Map.of());
        var analysis = new CounterpartAnalysis(List.of(new CounterpartAnalysis.LegalCheck(CounterpartAnalysis.LegalCheckKind.ORGANISATION, true,
                "营业执照")), new CounterpartAnalysis.Authority("李总", CounterpartAnalysis.AuthorityKind.POWER_OF_ATTORNEY, "500 万元以内",
                        LocalDate.of(2026, 12, 15)), Map.of(CounterpartAnalysis.StrengthFactor.ALTERNATIVES, 2,
                        CounterpartAnalysis.StrengthFactor.TIME_PRESSURE, -1));
        // the deadline is 2026-12-31: authority until 2026-12-15 ends before it
        Negotiation saved = as("account1", AM, () -> negotiations.update(n.getId(), n.getVersion(), withParts(form(c.getId(), Map.of(), ISSUES, null),
                null, analysis)));
        assertThat(saved.getCounterpartAnalysis().strengthSum()).isEqualTo(1);
        assertThat(saved.getCounterpartAnalysis().check(CounterpartAnalysis.LegalCheckKind.ORGANISATION).note()).isEqualTo("营业执照");
        assertThat(as("account1", AM, () -> warningService.warnings(saved))).extracting(NegotiationWarning::code).contains("AUTHORITY_EXPIRED");
        var outOfRange = new CounterpartAnalysis(List.of(), null, Map.of(CounterpartAnalysis.StrengthFactor.INFORMATION, 3));
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.update(n.getId(), saved.getVersion(),
                withParts(form(c.getId(), Map.of(), ISSUES, null), null, outOfRange)))).isInstanceOf(ValidationException.class);
        // a form without the parts (the API's older clients) keeps them
        Negotiation kept = as("account1", AM, () -> negotiations.update(n.getId(), saved.getVersion(), form(c.getId(), Map.of(), ISSUES, null)));
        assertThat(kept.getCounterpartAnalysis().authority().name()).isEqualTo("李总");
    }

    @Test
    void sessions_freeze_the_credit_score_each_offer_and_unanswered_concessions_are_warned() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        var decision = TestCredit.approved(assessments, c);
        Negotiation n = as("account1", AM, () -> negotiations.create(form(c.getId(), Map.of("account2", Set.of()), ISSUES, null)));
        // ours 120/30 (score 100), theirs 100/60 (0), ours 115/40 (0.75×75 + 0.25×66.67 = 72.92): one concession of ours
        NegotiationSession first = as("account2", AM, () -> sessionService.addSession(n.getId(), new NegotiationSessionService.SessionForm(
                LocalDate.of(2026, 11, 10), "account1、account2", "李总", List.of(offer(Concessions.Side.US, 120, 30),
                        offer(Concessions.Side.THEM, 100, 60), offer(Concessions.Side.US, 115, 40)), "开场", "下周再谈",
                Set.of(Confidentiality.SessionItem.IN_BREAKS))));
        assertThat(first.getCreditSnapshot().limit()).isEqualByComparingTo(decision.getLimitAmount());
        assertThat(first.getCreditSnapshot().rating()).isEqualTo(decision.getRating());
        // frozen although account2 (the team) may not see the counterpart's credit — and shown only to those who may
        assertThat(as("account2", AM, () -> sessionService.sessions(n.getId())).get(0).credit()).isNull();
        assertThat(as("account1", AM, () -> sessionService.sessions(n.getId())).get(0).credit().termsDays()).isEqualTo(decision.getTermsDays());
        assertThat(as("account1", AM, () -> negotiations.get(n.getId())).getStatus()).as("a session starts the negotiation")
                .isEqualTo(NegotiationStatus.IN_PROGRESS);
        var concessions = as("account1", AM, () -> sessionService.concessions(n.getId()));
        assertThat(concessions.result().ours()).isCloseTo(100 - (0.75 * 75 + 0.25 * 200.0 / 3), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(concessions.result().theirs()).isZero();
        assertThat(concessions.warnings()).isEmpty();
        // a second session: ours again lower (110/45 → 50) with nothing of theirs between: UNRECIPROCATED
        as("account1", AM, () -> sessionService.addSession(n.getId(), new NegotiationSessionService.SessionForm(LocalDate.of(2026, 11, 17), null, null,
                List.of(offer(Concessions.Side.US, 110, 45)), null, null, Set.of())));
        var after = as("account1", AM, () -> sessionService.concessions(n.getId()));
        assertThat(after.warnings()).extracting(NegotiationWarning::code).containsExactly("UNRECIPROCATED");
        assertThat(after.points()).extracting(NegotiationSessionService.Point::score).containsExactly(100.0, 0.0, 0.75 * 75 + 0.25 * 200.0 / 3, 50.0);
        var sessions = as("account1", AM, () -> sessionService.sessions(n.getId()));
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).offers().get(1).scored().result().breaches()).as("theirs at 100/60 is at the minimum, not below").isEmpty();
        assertThat(sessions.get(0).session().getChecklist()).containsExactly(Confidentiality.SessionItem.IN_BREAKS);
        // bad offers are refused naming the offer; an outsider does not see the negotiation at all
        assertThatThrownBy(() -> as("account1", AM, () -> sessionService.addSession(n.getId(), new NegotiationSessionService.SessionForm(
                LocalDate.of(2026, 11, 20), null, null, List.of(new NegotiationSession.Offer(Concessions.Side.US, Map.of("discount", 1.0))), null, null,
                Set.of())))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors().get(0).field()).startsWith("offers[0]"));
        assertThatThrownBy(() -> as("credit2", "CREDIT_MANAGER", () -> sessionService.sessions(n.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("credit2", "CREDIT_MANAGER", () -> sessionService.concessions(n.getId()))).isInstanceOf(NotFoundException.class);
        // once agreed, no more sessions; archived, none either
        Negotiation agreed = as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.AGREED,
                Map.of("price", 112.0, "terms", 45.0), null));
        assertThat(as("account1", AM, () -> negotiations.outcome(agreed)).score()).isCloseTo(0.75 * 60 + 0.25 * 50, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> as("account1", AM, () -> sessionService.addSession(n.getId(), new NegotiationSessionService.SessionForm(LocalDate.of(2026, 11, 25),
                null, null, List.of(), null, null, Set.of())))).isInstanceOf(ValidationException.class);
        as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.ARCHIVED, null, null));
        assertThatThrownBy(() -> as("account1", AM, () -> {
            sessionService.deleteSession(n.getId(), first.getId());
            return null;
        })).isInstanceOf(ArchivedException.class);
    }

    @Test
    void agreeing_needs_every_issues_value_and_the_admin_sets_the_team_size_table() {
        Customer c = counterpart();
        Negotiation n = created(c, Map.of());
        as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.IN_PROGRESS, null, null));
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.AGREED, Map.of("price", 112.0), null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("account1", AM, () -> teamSizes.saveTeamSizes(Map.of(), 1.0))).isInstanceOf(AccessDeniedException.class);
        try {
            Map<TeamRules.Importance, Integer> sizes = new java.util.EnumMap<>(TeamRules.DEFAULT_SIZES);
            sizes.put(TeamRules.Importance.HIGH, 7);
            assertThatThrownBy(() -> as("admin", "ADMIN", () -> teamSizes.saveTeamSizes(Map.of(TeamRules.Importance.HIGH, 0), 1e7)))
                    .isInstanceOf(ValidationException.class);
            as("admin", "ADMIN", () -> teamSizes.saveTeamSizes(sizes, 5_000_000.0));
            // HIGH 7, +1 HIGH difficulty, +1 for 12,000,000 ≥ 5,000,000: 9
            assertThat(as("account1", AM, () -> negotiations.suggestedTeamSize(n))).isEqualTo(9);
        } finally {
            as("admin", "ADMIN", () -> teamSizes.saveTeamSizes(TeamRules.DEFAULT_SIZES, TeamRules.LARGE_CONTRACT));
        }
    }

    @Test
    void a_linked_alliance_must_be_one_the_user_may_open_and_a_plan_one_of_the_counterparts() {
        Customer c = counterpart();
        NegotiationForm f = form(c.getId(), Map.of(), ISSUES, null);
        NegotiationForm unknownAlliance = new NegotiationForm(f.subject(), f.counterpartId(), f.direction(), 987_654L, null, f.contractValue(),
                f.importance(), f.difficulty(), f.startDate(), f.deadline(), f.team(), f.issues(), null, null, null);
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.create(unknownAlliance)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors().get(0).field()).isEqualTo("alliance"));
        NegotiationForm unknownPlan = new NegotiationForm(f.subject(), f.counterpartId(), f.direction(), null, 987_654L, f.contractValue(),
                f.importance(), f.difficulty(), f.startDate(), f.deadline(), f.team(), f.issues(), null, null, null);
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.create(unknownPlan)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors().get(0).field()).isEqualTo("plan"));
    }

    @Autowired
    com.creditwb.workbench.keyaccount.export.PlanNegotiations planSheet;
    @Autowired
    com.creditwb.workbench.negotiation.export.NegotiationBrief brief;

    @Test
    void exports_show_a_negotiation_only_to_the_owner_the_team_and_admin_and_log_each_export_once() {
        Customer c = counterpart();
        Negotiation n = created(c, Map.of("credit1", Set.of(TeamRules.Expertise.FINANCE)));
        as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.IN_PROGRESS, null, null));
        as("account1", AM, () -> negotiations.status(n.getId(), null, NegotiationStatus.AGREED, Map.of("price", 112.0, "terms", 45.0), null));
        // the key-account plan workbook's sheet: the team member sees it with the outcome in the export's language, others nothing
        var rows = as("credit1", "CREDIT_MANAGER", () -> planSheet.forCustomer(c.getId(), java.util.Locale.ENGLISH));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.stage()).isEqualTo("Agreed");
            assertThat(r.outcome()).isEqualTo("price: 112.00; terms: 45.00");
        });
        assertThat(as("credit2", "CREDIT_MANAGER", () -> planSheet.forCustomer(c.getId(), java.util.Locale.ENGLISH))).isEmpty();
        assertThat(as("account2", AM, () -> negotiations.forCustomer(c.getId()))).isEmpty();
        assertThatThrownBy(() -> as("credit2", "CREDIT_MANAGER", () -> brief.write(n.getId(), java.util.Locale.ENGLISH)))
                .isInstanceOf(NotFoundException.class);
        byte[] file = as("admin", "ADMIN", () -> brief.write(n.getId(), java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(file).hasSizeGreaterThan(3000);
        var log = as("account1", AM, () -> negotiations.openings(n.getId()));
        assertThat(log).extracting(e -> e.getReadBy() + "/" + e.getChannel()).containsExactlyInAnyOrder("credit1/EXPORT", "admin/EXPORT");
    }

    static NegotiationSession.Offer offer(Concessions.Side by, double price, double terms) {
        return new NegotiationSession.Offer(by, Map.of("price", price, "terms", terms));
    }

    static NegotiationForm withParts(NegotiationForm f, List<TopicTeam> topics, CounterpartAnalysis analysis) {
        return new NegotiationForm(f.subject(), f.counterpartId(), f.direction(), f.allianceId(), f.planId(), f.contractValue(), f.importance(),
                f.difficulty(), f.startDate(), f.deadline(), f.team(), f.issues(), f.batnaDescription(), f.batnaValue(), f.reservationScore(), topics,
                analysis, null, null);
    }
}
