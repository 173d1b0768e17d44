package com.creditwb.workbench.negotiation;

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
        NegotiationService.Scored s = as("account1", AM, () -> negotiations.score(n.getId(), Map.of("price", 115.0, "terms", 40.0)));
        assertThat(s.result().score()).isCloseTo(0.75 * 75 + 0.25 * 200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.warnings()).extracting(NegotiationService.Warning::code).containsExactly("NO_DECISION");
        assertThat(NegotiationService.acceptableScore(n)).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-9));
        // HIGH importance 4, +1 HIGH difficulty, +1 for 12,000,000 元: 6 suggested; owner alone is 1
        assertThat(NegotiationService.suggestedTeamSize(n)).isEqualTo(6);
        assertThat(NegotiationService.warnings(n)).extracting(NegotiationService.Warning::code).containsExactly("TEAM_TOO_SMALL");
        assertThatThrownBy(() -> as("account1", AM, () -> negotiations.score(n.getId(), Map.of("discount", 3.0))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void selling_beyond_the_counterparts_approved_terms_or_limit_is_warned_from_the_credit_decision() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        var decision = TestCredit.approved(assessments, c);
        Negotiation n = as("account1", AM, () -> negotiations.create(form(c.getId(), Map.of(), ISSUES,
                decision.getLimitAmount().add(new BigDecimal("1000")))));
        double longer = decision.getTermsDays() + 30.0;
        NegotiationService.Scored s = as("account1", AM, () -> negotiations.score(n.getId(), Map.of("price", 115.0, "terms", longer)));
        assertThat(s.warnings()).extracting(NegotiationService.Warning::code).contains("CREDIT_TERMS_EXCEEDED", "CREDIT_LIMIT_EXCEEDED");
        NegotiationService.Scored within = as("account1", AM, () -> negotiations.score(n.getId(),
                Map.of("price", 115.0, "terms", (double) decision.getTermsDays())));
        assertThat(within.warnings()).extracting(NegotiationService.Warning::code).doesNotContain("CREDIT_TERMS_EXCEEDED");
    }
}
