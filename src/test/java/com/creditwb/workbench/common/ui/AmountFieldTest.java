package com.creditwb.workbench.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.ViewTestSupport;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Amounts read as people read them while they edit: separators and two decimals, typed text understood. */
class AmountFieldTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void a_value_shows_with_thousands_separators_and_two_decimals() {
        ViewTestSupport.open(Locale.ENGLISH);
        AmountField field = new AmountField("Limit");
        field.setValue(new BigDecimal("604000.00"));
        assertThat(field.getText()).isEqualTo("604,000.00");
        field.setValue(new BigDecimal("2773070.0000"));
        assertThat(field.getText()).isEqualTo("2,773,070.00");
        field.setValue(null);
        assertThat(field.getText()).isEmpty();
    }

    @Test
    void typed_amounts_are_understood_and_shown_formatted_after_leaving_the_field() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        AmountField field = new AmountField();
        field.type("2773070");
        assertThat(field.getValue()).isEqualByComparingTo("2773070.00");
        assertThat(field.getText()).isEqualTo("2,773,070.00");
        field.type("1,234.5");
        assertThat(field.getValue()).isEqualTo(new BigDecimal("1234.50"));
        field.type("１２，０００");
        assertThat(field.getValue()).isEqualByComparingTo("12000");
        field.type("(500)");
        assertThat(field.getValue()).isEqualByComparingTo("-500");
        field.type("");
        assertThat(field.getValue()).isNull();
    }

    @Test
    void text_that_is_no_amount_marks_the_field_invalid_and_fails_its_validator() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        AmountField field = new AmountField();
        field.type("1.2.3");
        assertThat(field.isUnreadable()).isTrue();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("请输入金额，例如 1,234.56");
        assertThat(field.getText()).as("what was typed stays to be corrected").isEqualTo("1.2.3");
        assertThat(field.getDefaultValidator().apply(null, null).isError()).isTrue();
        field.type("7");
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getDefaultValidator().apply(field.getValue(), null).isError()).isFalse();
    }
}
