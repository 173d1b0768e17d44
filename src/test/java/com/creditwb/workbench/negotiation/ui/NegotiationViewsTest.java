package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.negotiation.NegotiationWarningService;
import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import com.creditwb.workbench.negotiation.NegotiationSessionService;
import com.creditwb.workbench.negotiation.NegotiationCreditService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.IssueTargets;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationFilter;
import com.creditwb.workbench.negotiation.NegotiationFixtures;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.negotiation.export.NegotiationBrief;
import com.creditwb.workbench.security.UserService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The negotiation pages built directly with mocked services (no browser). */
class NegotiationViewsTest {

    final NegotiationService service = mock(NegotiationService.class);
    final NegotiationSessionService sessionService = mock(NegotiationSessionService.class);
    final NegotiationCreditService creditService = mock(NegotiationCreditService.class);
    final NegotiationWarningService warningService = mock(NegotiationWarningService.class);
    final CustomerService customers = mock(CustomerService.class);
    final UserService users = mock(UserService.class);

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    static com.creditwb.workbench.customer.CustomerRecord customer(Long id, String code, String name, String uscc) {
        return new com.creditwb.workbench.customer.CustomerRecord(id, code, name, uscc, null, null, null, null, null, null, null, null, null, null, null);
    }

    NegotiationView view(Negotiation n) {
        when(customers.record(7L)).thenReturn(customer(7L, "C00007", "华南钢铁有限公司", "91350100M000100Y43"));
        when(service.canEdit(n)).thenReturn(true);
        when(service.canDecide(n)).thenReturn(true);
        when(service.canSeeOpenings(n)).thenReturn(true);
        when(service.suggestedTeamSize(n)).thenReturn(6);
        when(warningService.warnings(n)).thenReturn(List.of(new NegotiationWarning("LEAD_MISFIT", List.of("credit1"), "LEGAL"),
                new NegotiationWarning("TEAM_TOO_SMALL", List.of(2, 6))));
        when(sessionService.concessions(anyLong())).thenReturn(new NegotiationSessionService.ConcessionReport(new Concessions.Result(50, 0, 0.0, true),
                List.of(new NegotiationWarning("UNRECIPROCATED", List.of())), List.of()));
        when(creditService.score(anyLong(), any())).thenReturn(new NegotiationCreditService.Scored(new PackageScore.Result(72.5,
                Map.of("price", new PackageScore.PerIssue(75, IssueTargets.Level.ACCEPTABLE)), List.of(), List.of()), List.of()));
        when(users.enabledUsers()).thenReturn(List.of(new UserService.UserSummary("account1", "张客"), new UserService.UserSummary("credit1", "王信"),
                new UserService.UserSummary("finance1", "刘财")));
        when(users.displayName(any())).thenAnswer(i -> i.getArgument(0));
        when(service.get(anyLong())).thenReturn(n);
        NegotiationView view = new NegotiationView(service, sessionService, creditService, warningService, customers, users, mock(AllianceService.class), mock(PlanService.class),
                mock(AhpWeights.class), mock(NegotiationBrief.class), com.creditwb.workbench.ViewTestSupport.CLOCK);
        view.show(n);
        return view;
    }

    @Test
    void the_page_shows_the_records_warnings_in_the_users_language_and_the_team_beside_the_suggested_size() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        NegotiationView view = view(NegotiationFixtures.of(5, NegotiationStatus.IN_PROGRESS));
        assertThat(view.warnings.getElement().getTextRecursively()).contains("credit1 主谈合同法律条款，但不具备法律专业").contains("建议 6 人");
        assertThat(view.overview.teamSize.getText()).isEqualTo("小组 2 人；按重要程度、难易程度和合同金额建议 6 人");
        assertThat(view.overview.leads.get(TeamRules.Topic.LEGAL).getValue()).isEqualTo("credit1");
        assertThat(view.agreed.isVisible()).isTrue();
        assertThat(view.start.isVisible()).isFalse();
        assertThat(view.sessions.concessions.getElement().getTextRecursively()).contains("我方连续两次让步");
        assertThat(view.plan.result.getElement().getTextRecursively()).contains("方案得分 72.5");
    }

    @Test
    void saving_sends_the_whole_form_and_a_refusal_is_listed() {
        ViewTestSupport.open(Locale.ENGLISH);
        Negotiation n = NegotiationFixtures.of(5, NegotiationStatus.IN_PROGRESS);
        NegotiationView view = view(n);
        view.overview.subject.setValue("Annual supply 2027");
        view.counterpart.strength.get(com.creditwb.workbench.negotiation.domain.CounterpartAnalysis.StrengthFactor.ALTERNATIVES).setValue(2);
        view.strategy.theirGoals.setValue("Lower price");
        when(service.update(eq(5L), eq(2L), any())).thenThrow(new ValidationException(List.of(
                new ValidationException.FieldError("issues[1].acceptable", "terms: the targets must run optimal, acceptable, minimum"))));
        view.saveForm();
        verify(service).update(eq(5L), eq(2L), argThat(f -> f.subject().equals("Annual supply 2027")
                && f.counterpart().strength().get(com.creditwb.workbench.negotiation.domain.CounterpartAnalysis.StrengthFactor.ALTERNATIVES) == 2
                && f.strategy().theirGoals().equals("Lower price") && f.issues().size() == 2 && f.topics().size() == 1
                && f.team().keySet().equals(java.util.Set.of("account1", "credit1"))));
        assertThat(view.problems.getElement().getTextRecursively()).contains("terms: the targets must run");
    }

    @Test
    void the_session_dialog_records_offers_in_order() {
        ViewTestSupport.open(Locale.ENGLISH);
        Negotiation n = NegotiationFixtures.of(5, NegotiationStatus.IN_PROGRESS);
        SessionDialog d = new SessionDialog(n, sessionService, () -> { }, java.time.LocalDate.now(com.creditwb.workbench.ViewTestSupport.CLOCK));
        d.addOffer(Concessions.Side.US);
        d.addOffer(Concessions.Side.THEM);
        d.offers.rows().get(0).values.get("price").setValue(120.0);
        d.offers.rows().get(1).values.get("price").setValue(100.0);
        d.offers.rows().get(1).values.get("terms").setValue(60.0);
        d.attendeesThem.setValue("Mr Li");
        d.save.click();
        verify(sessionService).addSession(eq(5L), argThat(f -> f.offers().size() == 2 && f.offers().get(0).by() == Concessions.Side.US
                && f.offers().get(0).values().equals(Map.of("price", 120.0)) && f.offers().get(1).values().equals(Map.of("price", 100.0, "terms", 60.0))
                && f.attendeesThem().equals("Mr Li")));
    }

    @Test
    void the_list_filters_by_whose_and_status_through_the_service() {
        ViewTestSupport.open(Locale.ENGLISH);
        Negotiation n = NegotiationFixtures.of(5, NegotiationStatus.IN_PROGRESS);
        when(service.list(any())).thenReturn(List.of(n));
        when(service.canCreate()).thenReturn(true);
        when(customers.record(7L)).thenReturn(customer(7L, "C00007", "华南钢铁有限公司", null));
        NegotiationsView list = new NegotiationsView(service, customers, mock(com.creditwb.workbench.customer.CustomerSearch.class), com.creditwb.workbench.ViewTestSupport.CLOCK,
                mock(com.creditwb.workbench.negotiation.TeamSizeService.class));
        assertThat(list.shown()).containsExactly(n);
        list.scope.setValue(NegotiationFilter.Scope.MINE);
        list.status.setValue(NegotiationStatus.AGREED);
        verify(service).list(new NegotiationFilter(NegotiationFilter.Scope.MINE, NegotiationStatus.AGREED, null, ""));
        assertThat(list.create.isVisible()).isTrue();
        assertThat(list.teamSizes.isVisible()).isFalse();
    }

    @Test
    void the_customer_tab_lists_what_the_service_lets_the_user_open_and_the_dashboard_card_marks_a_passed_deadline() {
        ViewTestSupport.open(Locale.ENGLISH);
        Negotiation n = NegotiationFixtures.of(5, NegotiationStatus.IN_PROGRESS); // deadline 2026-12-31
        var c = customer(7L, "C00007", "华南钢铁有限公司", null);
        when(service.forCustomer(7L)).thenReturn(List.of(n));
        var tab = (com.vaadin.flow.component.orderedlayout.VerticalLayout) new NegotiationsTab(service).create(c);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Negotiation>) tab.getComponentAt(0);
        assertThat(grid.getGenericDataView().getItems().toList()).containsExactly(n);
        when(service.forCustomer(8L)).thenReturn(List.of());
        assertThat(new NegotiationsTab(service).create(customer(8L, "C00008", "乙", null)).getElement().getTextRecursively()).isEqualTo("No negotiations that you may open.");

        when(service.mine()).thenReturn(List.of());
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2027-01-05T00:00:00Z"), java.time.ZoneOffset.UTC);
        assertThat(new NegotiationDueCard(service, warningService, clock).visible()).isFalse();
        when(service.mine()).thenReturn(List.of(n));
        when(warningService.warnings(n)).thenReturn(List.of(new NegotiationWarning("UNRECIPROCATED", List.of()),
                new NegotiationWarning("NO_DECISION", List.of())));
        String text = new NegotiationDueCard(service, warningService, clock).create().getElement().getTextRecursively();
        // the count and as many warnings named as it says
        assertThat(text).contains("年度供货合同 — deadline Dec 31, 2026 passed").contains("(2 warning(s): We conceded twice in a row");
        assertThat(text).contains("between; The counterpart has no approved credit decision)");
    }
}
