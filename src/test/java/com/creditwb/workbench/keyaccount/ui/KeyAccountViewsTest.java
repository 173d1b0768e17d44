package com.creditwb.workbench.keyaccount.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Key-account views built directly with mocked services (no browser). */
class KeyAccountViewsTest {

    final KeyAccountService keyAccounts = mock(KeyAccountService.class);
    final com.creditwb.workbench.keyaccount.AccountEconomicsService economics = mock(com.creditwb.workbench.keyaccount.AccountEconomicsService.class);
    final com.creditwb.workbench.keyaccount.KeyAccountProfileService profiles = mock(com.creditwb.workbench.keyaccount.KeyAccountProfileService.class);

    @BeforeEach
    void open() {
        ViewTestSupport.open(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void the_gale_card_shows_mv_cp_and_cv_as_elements_are_typed_and_saves_the_survey() {
        GaleCard card = new GaleCard(7L, keyAccounts, profiles, true, () -> { });
        card.show(new com.creditwb.workbench.keyaccount.KeyAccountProfile(7L));
        card.galeP.setValue(0.6);
        card.addGaleRow(new GaleValue.Element(GaleValue.Dimension.QUALITY, "quality", 0.6, 8, 4));
        assertThat(card.galeResult.getText()).isEqualTo("Rate at least one quality and one price element.");
        card.addGaleRow(new GaleValue.Element(GaleValue.Dimension.QUALITY, "delivery", 0.4, 6, 6));
        card.addGaleRow(new GaleValue.Element(GaleValue.Dimension.PRICE, "price", 1, 6, 8));
        // MV = 0.6 × 2 + 0.4 × 1 = 1.6; CP = 6/8 = 0.75; CV = 0.6 × 1.6 + 0.4 × 0.75 = 1.26
        assertThat(card.galeResult.getText()).isEqualTo("MV 1.60 · CP 0.75 · CV 1.26");
        card.saveGale.click();
        verify(profiles).saveGale(eq(7L), any(), org.mockito.ArgumentMatchers.argThat(s -> s.elements().size() == 3 && s.qualityWeight() == 0.6));
    }

    @Test
    void the_economics_card_saves_and_deletes_with_the_version_of_the_row_the_user_read() {
        org.mockito.Mockito.when(keyAccounts.canEditEconomics(7L)).thenReturn(true);
        // the database has moved on (someone saved 2025 after this card was shown): the card must not pick that up
        org.mockito.Mockito.when(economics.economicsVersions(7L)).thenReturn(java.util.Map.of(2025, 4L));
        EconomicsCard card = new EconomicsCard(7L, keyAccounts, economics, () -> { });
        var row = new com.creditwb.workbench.keyaccount.value.AccountEconomics(2025, new java.math.BigDecimal("1000000"),
                new java.math.BigDecimal("600000"), new java.math.BigDecimal("50000"), new java.math.BigDecimal("50000"), 0.4, 12, 5);
        card.show(java.util.List.of(row), java.util.Map.of(2025, 3L));
        card.edit(row);
        card.saveYear();
        verify(economics).saveYear(eq(7L), any(), eq(3L));
        card.deleteYear();
        verify(economics).deleteYear(7L, 2025, 3L);
        // a year typed in that the user has not read is a new year: no version
        card.year.setValue(2026);
        card.saveYear();
        verify(economics).saveYear(eq(7L), org.mockito.ArgumentMatchers.argThat(e -> e.year() == 2026), org.mockito.ArgumentMatchers.isNull());
    }

    @Test
    void a_reader_sees_the_gale_card_without_save_buttons() {
        GaleCard card = new GaleCard(7L, keyAccounts, profiles, false, () -> { });
        assertThat(card.saveGale.isVisible()).isFalse();
        assertThat(card.galeP.isReadOnly()).isTrue();
    }

    @Test
    void opening_someone_elses_plan_shows_a_refusal_with_status_403_not_the_raw_exception() {
        var view = new com.creditwb.workbench.ui.RecordAccessDeniedView();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.router.ErrorParameter<org.springframework.security.access.AccessDeniedException> error =
                new com.vaadin.flow.router.ErrorParameter<>(org.springframework.security.access.AccessDeniedException.class,
                        new org.springframework.security.access.AccessDeniedException("not yours"));
        int status = view.setErrorParameter(mock(com.vaadin.flow.router.BeforeEnterEvent.class), error);
        assertThat(status).isEqualTo(403);
        assertThat(view.getElement().getTextRecursively()).contains("Not allowed")
                .contains("This record belongs to someone else").doesNotContain("not yours");
    }
}
