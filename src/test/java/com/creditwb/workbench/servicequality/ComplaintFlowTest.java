package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow.Status;
import com.creditwb.workbench.servicequality.domain.ComplaintFlow.Step;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A complaint's way and its targets, in plain Java. */
class ComplaintFlowTest {

    @Test
    void the_way_runs_from_assigned_to_closed_and_a_negative_feedback_goes_back_to_being_resolved() {
        assertThat(ComplaintFlow.after(Status.ASSIGNED, Step.START, null)).isEqualTo(Status.IN_PROGRESS);
        assertThat(ComplaintFlow.after(Status.IN_PROGRESS, Step.RESOLVE, null)).isEqualTo(Status.RESOLVED);
        assertThat(ComplaintFlow.after(Status.RESOLVED, Step.FEEDBACK, true)).isEqualTo(Status.FEEDBACK);
        assertThat(ComplaintFlow.after(Status.RESOLVED, Step.FEEDBACK, false)).isEqualTo(Status.IN_PROGRESS);
        assertThat(ComplaintFlow.after(Status.FEEDBACK, Step.FOLLOW_UP, null)).isEqualTo(Status.FOLLOWED_UP);
        assertThat(ComplaintFlow.after(Status.FOLLOWED_UP, Step.CLOSE, null)).isEqualTo(Status.CLOSED);
        assertThat(ComplaintFlow.next(Status.CLOSED)).isNull();
        assertThatThrownBy(() -> ComplaintFlow.after(Status.ASSIGNED, Step.CLOSE, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_step_not_taken_by_its_target_is_overdue() {
        // HIGH: respond within 8 h, resolve within 48 h of 1 Dec 10:00
        ComplaintFlow.Target high = ComplaintFlow.DEFAULT_TARGETS.get(ComplaintFlow.Severity.HIGH);
        Instant created = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(ComplaintFlow.responseOverdue(created, null, high, Instant.parse("2026-12-01T17:59:00Z"))).isFalse();
        assertThat(ComplaintFlow.responseOverdue(created, null, high, Instant.parse("2026-12-01T18:01:00Z"))).isTrue();
        assertThat(ComplaintFlow.responseOverdue(created, Instant.parse("2026-12-01T12:00:00Z"), high, Instant.parse("2026-12-05T00:00:00Z")))
                .as("started in time stays in time").isFalse();
        assertThat(ComplaintFlow.resolutionOverdue(created, null, high, Instant.parse("2026-12-03T10:01:00Z"))).isTrue();
        assertThat(ComplaintFlow.resolutionOverdue(created, Instant.parse("2026-12-03T11:00:00Z"), high, Instant.parse("2026-12-09T00:00:00Z")))
                .as("resolved late stays late").isTrue();
    }
}
