package com.creditwb.workbench.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How the audit trail stores a value: a number by its value, so an unchanged one is never logged as a change. */
class AuditRenderTest {

    @Test
    void the_same_number_at_another_scale_is_the_same_value() {
        // 0.3000 read back from a NUMERIC(19,4) column and 0.3 typed in are one value: no "0.3000 → 0.3" row
        assertThat(AuditEventListener.render(new BigDecimal("0.3000"))).isEqualTo(AuditEventListener.render(new BigDecimal("0.3")));
        assertThat(AuditEventListener.render(new BigDecimal("604000.00"))).isEqualTo("604000");
        assertThat(AuditEventListener.render(new BigDecimal("0E-10"))).isEqualTo("0");
        assertThat(AuditEventListener.render(0.25)).isEqualTo("0.25");
        assertThat(AuditEventListener.render(new BigDecimal("0.3001"))).isNotEqualTo(AuditEventListener.render(new BigDecimal("0.3")));
    }
}
