package com.creditwb.workbench.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void a_standard_template_is_built_once_and_each_download_gets_its_own_copy() {
        AtomicInteger built = new AtomicInteger();
        // a name no restyled copy in templates/ carries, so the standard one is served
        String name = "templates-test-" + TemplatesTest.class.getName() + ".xlsx";
        byte[] first = Templates.restyledOr(name, () -> {
            built.incrementAndGet();
            return new byte[] {1, 2, 3};
        });
        first[0] = 9; // a caller changing its copy changes nobody else's
        byte[] second = Templates.restyledOr(name, () -> {
            built.incrementAndGet();
            return new byte[] {7};
        });
        assertThat(built).hasValue(1);
        assertThat(second).containsExactly(1, 2, 3);
    }
}
