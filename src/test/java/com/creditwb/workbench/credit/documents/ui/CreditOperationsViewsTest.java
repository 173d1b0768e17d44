package com.creditwb.workbench.credit.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.documents.DocumentSettings;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import com.creditwb.workbench.credit.rates.ui.ExchangeRatesView;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.UserService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The blocked-documents queue built directly with mocked services (no browser). */
class CreditOperationsViewsTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void a_credit_manager_sees_the_authority_and_the_admin_the_settings_and_the_queue_is_listed() {
        ViewTestSupport.open(Locale.ENGLISH);
        DocumentService documents = mock(DocumentService.class);
        UserService users = mock(UserService.class);
        CurrentUser me = mock(CurrentUser.class);
        when(me.username()).thenReturn("credit1");
        when(documents.canWorkQueue()).thenReturn(true);
        when(documents.authorityOf("credit1")).thenReturn(new BigDecimal("50000"));
        when(documents.queue()).thenReturn(List.of());
        BlockedDocumentsView view = new BlockedDocumentsView(documents, users, me);
        assertThat(view.authority.getText()).isEqualTo("Your approval authority: up to 50,000.00 yuan.");
        assertThat(view.settings.isVisible()).as("only ADMIN changes the settings").isFalse();
        verify(documents).queue();

        when(documents.isAdmin()).thenReturn(true);
        when(documents.canWorkQueue()).thenReturn(false);
        when(documents.rules()).thenReturn(DocumentSettings.Rules.DEFAULTS);
        when(documents.authorities()).thenReturn(java.util.Map.of("credit1", new BigDecimal("50000")));
        when(users.displayName(any())).thenAnswer(i -> i.getArgument(0));
        BlockedDocumentsView admin = new BlockedDocumentsView(documents, users, me);
        assertThat(admin.settings.isVisible()).isTrue();
        assertThat(admin.authority.getText()).isEmpty();
        admin.openSettings();
    }

    @Test
    void reasons_are_joined_as_one_line_and_a_foreign_currency_hold_shows_its_yuan_beside_it() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        DocumentService documents = mock(DocumentService.class);
        CurrentUser me = mock(CurrentUser.class);
        when(me.username()).thenReturn("credit1");
        when(documents.queue()).thenReturn(List.of());
        BlockedDocumentsView view = new BlockedDocumentsView(documents, ViewTestSupport.users(), me);
        assertThat(com.creditwb.workbench.common.ui.Lines.reasons(view, List.of("超出信用额度。", "有逾期超过 60 天的款项。")))
                .isEqualTo("超出信用额度；有逾期超过 60 天的款项");
        // 10,000 USD at 7.1: 71,000 yuan, the figure the authority and the limit are in
        var doc = mock(com.creditwb.workbench.credit.documents.CreditDocument.class);
        when(doc.getAmount()).thenReturn(new BigDecimal("10000"));
        when(doc.getCurrency()).thenReturn("USD");
        when(doc.getAmountInLimit()).thenReturn(new BigDecimal("71000"));
        var held = new DocumentService.Held(mock(com.creditwb.workbench.credit.documents.CreditHold.class), doc, "C00001", "华南贸易", 2,
                List.of("超出信用额度。"));
        assertThat(view.amount(held)).isEqualTo("10,000.00 USD（折合 71,000.00 元）");
        ViewTestSupport.open(Locale.ENGLISH);
        assertThat(com.creditwb.workbench.common.ui.Lines.reasons(new com.vaadin.flow.component.html.Div(),
                List.of("Limit exceeded.", "Items overdue beyond 60 days."))).isEqualTo("Limit exceeded; Items overdue beyond 60 days");
    }
}
