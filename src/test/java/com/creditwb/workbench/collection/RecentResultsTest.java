package com.creditwb.workbench.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.common.BackgroundWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Figures kept a short while: served again until something changes, then the old answer once while the new one is worked out. */
class RecentResultsTest {

    final ChangedCustomers changed = new ChangedCustomers();
    final AtomicInteger computed = new AtomicInteger();

    RecentResults recent(Duration maxAge) {
        // background work on the calling thread: the refresh is done when get returns
        return new RecentResults(changed, BackgroundWork.onCallingThread(), Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), maxAge);
    }

    @Test
    void an_answer_is_kept_until_collections_change_then_served_once_more_while_worked_out_again() {
        RecentResults recent = recent(Duration.ofHours(1));
        assertThat(recent.get("k", computed::incrementAndGet).value()).isEqualTo(1);
        assertThat(recent.get("k", computed::incrementAndGet).value()).isEqualTo(1);
        assertThat(recent.get("other", computed::incrementAndGet).value()).as("another question is its own").isEqualTo(2);
        changed.customer(7L);
        // the change is noted: the kept answer once more, the new one worked out behind it
        assertThat(recent.get("k", computed::incrementAndGet).value()).isEqualTo(1);
        assertThat(recent.get("k", computed::incrementAndGet).value()).isEqualTo(3);
        assertThat(computed.get()).isEqualTo(3);
    }

    @Test
    void with_an_age_of_zero_nothing_is_kept() {
        RecentResults recent = recent(Duration.ZERO);
        assertThat(recent.get("k", computed::incrementAndGet).value()).isEqualTo(1);
        assertThat(recent.get("k", computed::incrementAndGet).value()).isEqualTo(2);
    }
}
