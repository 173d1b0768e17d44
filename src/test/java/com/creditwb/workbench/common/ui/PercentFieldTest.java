package com.creditwb.workbench.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.ViewTestSupport;
import com.vaadin.flow.component.textfield.NumberField;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Percent on the screen, fraction in the value: 35 % is 0.35. */
class PercentFieldTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void a_fraction_shows_as_a_percentage_and_a_typed_percentage_is_a_fraction() {
        ViewTestSupport.open(Locale.ENGLISH);
        PercentField f = new PercentField("Share");
        f.setValue(new BigDecimal("0.35"));
        NumberField number = (NumberField) f.getChildren().findFirst().orElseThrow();
        assertThat(number.getValue()).isEqualTo(35.0);
        number.setValue(12.5);
        assertThat(f.getValue()).isEqualByComparingTo("0.125");
        number.clear();
        assertThat(f.getValue()).isNull();
    }
}
