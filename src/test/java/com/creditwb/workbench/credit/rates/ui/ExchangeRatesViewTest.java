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
}
