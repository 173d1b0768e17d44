package com.creditwb.workbench.credit.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exchange-rate page built directly with a mocked service (no browser). */
class ExchangeRatesViewTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void finance_sets_a_rate_and_a_wrong_one_is_named_on_the_page() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        ExchangeRateService rates = mock(ExchangeRateService.class);
        when(rates.canEdit()).thenReturn(true);
        when(rates.list()).thenReturn(List.of());
        // whatever the service refuses (its rules are tested on the database), the page names it and keeps the input
        when(rates.save(any(), any(), any())).thenThrow(ValidationException.of("currency", "“US”不是 ISO 4217 币种代码（如 USD）。"));
        ExchangeRatesView view = new ExchangeRatesView(rates, mock(ProblemMessages.class), com.creditwb.workbench.ViewTestSupport.CLOCK);
        view.currency.setValue("US");
        view.validFrom.setValue(LocalDate.of(2026, 11, 1));
        view.rate.setValue(new BigDecimal("7.1"));
        view.save.click();
        assertThat(view.currency.isInvalid()).isTrue();
        assertThat(view.currency.getErrorMessage()).as("the refusal is shown on the field it names").contains("不是 ISO 4217");
        assertThat(view.currency.getValue()).as("the refused input stays for correction").isEqualTo("US");
        org.mockito.Mockito.reset(rates);
        when(rates.canEdit()).thenReturn(true);
        when(rates.list()).thenReturn(List.of());
        var saved = mock(com.creditwb.workbench.credit.rates.ExchangeRate.class);
        when(saved.getCurrency()).thenReturn("USD");
        when(saved.getValidFrom()).thenReturn(LocalDate.of(2026, 11, 1));
        when(rates.save(eq("USD"), any(), any())).thenReturn(saved);
        view.currency.setValue("USD");
        view.save.click();
        verify(rates).save("USD", LocalDate.of(2026, 11, 1), new BigDecimal("7.1"));
    }

    @Test
    void an_imported_list_is_previewed_with_its_currencies_and_stored_only_when_confirmed() throws Exception {
        ViewTestSupport.open(Locale.ENGLISH);
        ExchangeRateService rates = mock(ExchangeRateService.class);
        when(rates.canEdit()).thenReturn(true);
        when(rates.list()).thenReturn(List.of());
        var preview = new ExchangeRateService.RatePreview("rates.xlsx", List.of(
                new ExchangeRateService.Line("USD", LocalDate.of(2026, 11, 1), new BigDecimal("7.1"), "Rates", 1),
                new ExchangeRateService.Line("USD", LocalDate.of(2026, 12, 1), new BigDecimal("7.2"), "Rates", 2),
                new ExchangeRateService.Line("EUR", LocalDate.of(2026, 12, 1), new BigDecimal("7.7"), "Rates", 3)), List.of());
        when(rates.preview(any(), eq("rates.xlsx"))).thenReturn(preview);
        when(rates.confirm(preview)).thenReturn(3);
        ExchangeRatesView view = new ExchangeRatesView(rates, ViewTestSupport.problemMessages(),
                ViewTestSupport.CLOCK);
        view.received("rates.xlsx", new byte[] {1});
        assertThat(view.imports.outcome.getElement().getTextRecursively())
                .isEqualTo("rates.xlsx: 3 rate(s) of 2 currency(ies) read (USD, EUR); nothing is stored until you confirm.");
        org.mockito.Mockito.verify(rates, org.mockito.Mockito.never()).confirm(any());
        view.imports.confirm.click();
        verify(rates).confirm(preview);
        assertThat(view.imports.outcome.getElement().getTextRecursively()).isEqualTo("3 rate(s) from rates.xlsx stored.");
        assertThat(view.imports.confirm.isVisible()).isFalse();

        // a list with a wrong row: every problem at its cell, no confirmation offered
        var wrong = new ExchangeRateService.RatePreview("wrong.xlsx", List.of(), List.of(
                com.creditwb.workbench.common.excel.ExcelProblem.at("Rates", "C4", "rates.noRows")));
        when(rates.preview(any(), eq("wrong.xlsx"))).thenReturn(wrong);
        view.received("wrong.xlsx", new byte[] {2});
        assertThat(view.imports.outcome.getElement().getTextRecursively()).startsWith("wrong.xlsx was not imported: 1 problem(s).");
        assertThat(view.imports.confirm.isVisible()).isFalse();
    }
}
