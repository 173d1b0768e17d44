package com.creditwb.workbench.alliance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceFixtures;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.GateException;
import com.creditwb.workbench.alliance.domain.HealthIndex;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.StageGates;
import com.creditwb.workbench.alliance.export.AllianceExport;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.UserService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The alliance pages built directly with mocked services (no browser). */
class AllianceViewsTest {

    final AllianceService service = mock(AllianceService.class);
    final com.creditwb.workbench.alliance.AlliancePartnerService partnerService = mock(com.creditwb.workbench.alliance.AlliancePartnerService.class);
    final UserService users = mock(UserService.class);
    final com.creditwb.workbench.alliance.AllianceHealthService health = mock(com.creditwb.workbench.alliance.AllianceHealthService.class);

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    AllianceView view(Alliance a) {
        when(service.canEdit(a)).thenReturn(true);
        when(service.canMove(a)).thenReturn(true);
        when(partnerService.facts(any())).thenReturn(new com.creditwb.workbench.alliance.AlliancePartnerService.PartnerFacts(null, null, null, null, null, null));
        when(users.displayName(any())).thenAnswer(i -> i.getArgument(0));
        AllianceView view = new AllianceView(service, mock(com.creditwb.workbench.alliance.AllianceAgreementService.class), mock(com.creditwb.workbench.alliance.AllianceOptionService.class), partnerService, mock(CustomerService.class), mock(com.creditwb.workbench.customer.CustomerSearch.class), users, mock(AhpWeights.class), mock(AllianceExport.class), noTabs(), com.creditwb.workbench.ViewTestSupport.CLOCK, health);
        view.show(a);
        return view;
    }

    @SuppressWarnings("unchecked")
    static org.springframework.beans.factory.ObjectProvider<AllianceTab> noTabs() {
        org.springframework.beans.factory.ObjectProvider<AllianceTab> p = mock(org.springframework.beans.factory.ObjectProvider.class);
        when(p.orderedStream()).thenAnswer(i -> java.util.stream.Stream.empty());
        return p;
    }

    @Test
    void a_refused_partner_removal_leaves_the_partners_on_screen_and_the_next_save_sends_no_partner_list() {
        ViewTestSupport.open(Locale.ENGLISH);
        Alliance a = AllianceFixtures.evaluating(5);
        a.getPartners().add(AllianceFixtures.partner(a, 41L, "甲公司"));
        when(partnerService.removePartner(eq(5L), eq(3L), eq(41L))).thenThrow(new com.creditwb.workbench.common.ValidationException(
                List.of(new com.creditwb.workbench.common.ValidationException.FieldError("partners", "refused"))));
        when(service.get(5L)).thenReturn(a);
        AllianceView view = view(a);
        PartnersSection partners = view.partnersSection;
        assertThat(partners.remove(41L)).isFalse();
        assertThat(partners.grid.getGenericDataView().getItems()).extracting(p -> p.getName()).containsExactly("外部公司", "甲公司");
        view.name.setValue("改名联盟");
        view.saveForm();
        org.mockito.ArgumentCaptor<com.creditwb.workbench.alliance.AllianceForm> form =
                org.mockito.ArgumentCaptor.forClass(com.creditwb.workbench.alliance.AllianceForm.class);
        verify(service).update(eq(5L), eq(3L), form.capture());
        assertThat(form.getValue().name()).isEqualTo("改名联盟");
        assertThat(form.getValue().partners()).as("the form never carries a copy of the partners to save back").isNull();
    }

    @Test
    void a_refused_move_lists_what_is_missing_in_the_users_language() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        Alliance a = AllianceFixtures.evaluating(5);
        when(service.move(eq(5L), eq(3L), eq(AllianceStage.FIND_PARTNERS), any(), any())).thenThrow(new GateException(List.of(
                new StageGates.Unmet("options", "twoOptions"), new StageGates.Unmet("options", "optionChosen"))));
        AllianceView view = view(a);
        assertThat(view.next.getText()).isEqualTo("推进到：寻找盟友");
        view.next.click();
        assertThat(view.problems.getElement().getTextRecursively())
                .contains("尚不能进入“寻找盟友”").contains("请至少评估两个方案").contains("请选定一个方案");
    }

    @Test
    void the_health_tab_shows_both_sides_on_the_radar_and_records_a_review_with_the_scores_chosen() {
        ViewTestSupport.open(Locale.ENGLISH);
        Alliance a = AllianceFixtures.evaluating(5);
        when(health.review(anyLong(), any(), any(), any(), any())).thenThrow(new com.creditwb.workbench.common.ValidationException(
                List.of(new com.creditwb.workbench.common.ValidationException.FieldError("scores", "x"))));
        AllianceView view = view(a);
        // the latest review's own scores (all 4) on the radar
        assertThat(view.health.radar.getElement().getAttribute("data-values")).isEqualTo("4.0000,4.0000,4.0000,4.0000,4.0000,4.0000");
        for (Principle p : Principle.values()) {
            view.health.ours.get(p).setValue(p == Principle.CULTURE ? 2 : 5);
        }
        view.health.theirs.get(Principle.CULTURE).setValue(3);
        view.health.recordReview();
        verify(health).review(eq(5L), any(), org.mockito.ArgumentMatchers.argThat(m -> m.size() == 6 && m.get(Principle.CULTURE) == 2),
                org.mockito.ArgumentMatchers.argThat(m -> m != null && m.equals(Map.of(Principle.CULTURE, 3))), any());
    }

    @Test
    void the_list_filters_by_stage_and_health_band() {
        ViewTestSupport.open(Locale.ENGLISH);
        Alliance a = AllianceFixtures.evaluating(5); // health 75: strong
        when(service.list()).thenReturn(List.of(a));
        when(service.canCreate()).thenReturn(true);
        AlliancesView list = new AlliancesView(service, mock(AhpWeights.class), health);
        assertThat(list.shown()).containsExactly(a);
        list.health.setValue(HealthIndex.Band.WEAK);
        assertThat(list.shown()).isEmpty();
        list.health.setValue(HealthIndex.Band.STRONG);
        list.stage.setValue(AllianceStage.OPERATING);
        assertThat(list.shown()).isEmpty();
        list.stage.setValue(AllianceStage.EVALUATE_OPTIONS);
        assertThat(list.shown()).containsExactly(a);
        assertThat(list.create.isVisible()).isTrue();
    }
}
