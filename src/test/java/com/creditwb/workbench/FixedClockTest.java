package com.creditwb.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every Spring test runs on the fixed test day, whatever the calendar says. */
@WorkbenchTest
class FixedClockTest {

    @Autowired
    Clock clock;

    @Test
    void services_see_the_test_day() {
        assertThat(clock.instant()).isEqualTo(TestClockConfig.TODAY);
    }
}
