package com.creditwb.workbench.servicequality.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A complaint's way (投诉处理): assigned → being resolved → resolved (with the resolution) → the customer's feedback →
 * follow-up visit (回访) → closed; a negative feedback reopens it (back to being resolved). Response and resolution
 * targets by severity; a step not taken by its target is overdue. Plain Java.
 */
public final class ComplaintFlow {

    public enum Status implements com.creditwb.workbench.common.i18n.Labelled {
        ASSIGNED, IN_PROGRESS, RESOLVED, FEEDBACK, FOLLOWED_UP, CLOSED;

        @Override
        public String messageKey() {
            return "complaint.status." + name();
        }
    }

    public enum Severity implements com.creditwb.workbench.common.i18n.Labelled {
        LOW, MEDIUM, HIGH, CRITICAL;

        @Override
        public String messageKey() {
            return "complaint.severity." + name();
        }
    }

    public enum Category implements com.creditwb.workbench.common.i18n.Labelled {
        PRODUCT_QUALITY, DELIVERY, SERVICE, BILLING, OTHER;

        @Override
        public String messageKey() {
            return "complaint.category." + name();
        }
    }

    /** What is done next. */
    public enum Step implements com.creditwb.workbench.common.i18n.Labelled {
        START, RESOLVE, FEEDBACK, FOLLOW_UP, CLOSE;

        @Override
        public String messageKey() {
            return "complaint.step." + name();
        }
    }

    /** Hours to the first response (being resolved) and to the resolution, from the complaint's creation. */
    public record Target(int responseHours, int resolutionHours) {
    }

    public static final Map<Severity, Target> DEFAULT_TARGETS;

    static {
        Map<Severity, Target> t = new EnumMap<>(Severity.class);
        t.put(Severity.LOW, new Target(72, 240));
        t.put(Severity.MEDIUM, new Target(24, 120));
        t.put(Severity.HIGH, new Target(8, 48));
        t.put(Severity.CRITICAL, new Target(2, 24));
        DEFAULT_TARGETS = java.util.Collections.unmodifiableMap(t);
    }

    private ComplaintFlow() {
    }

    /** The step that may follow the status (null once closed). */
    public static Step next(Status s) {
        return switch (s) {
            case ASSIGNED -> Step.START;
            case IN_PROGRESS -> Step.RESOLVE;
            case RESOLVED -> Step.FEEDBACK;
            case FEEDBACK -> Step.FOLLOW_UP;
            case FOLLOWED_UP -> Step.CLOSE;
            case CLOSED -> null;
        };
    }

    /** Where a step leads; a negative feedback goes back to being resolved. */
    public static Status after(Status from, Step step, Boolean satisfied) {
        if (next(from) != step) {
            throw new IllegalStateException(step + " does not follow " + from);
        }
        return switch (step) {
            case START -> Status.IN_PROGRESS;
            case RESOLVE -> Status.RESOLVED;
            case FEEDBACK -> Boolean.TRUE.equals(satisfied) ? Status.FEEDBACK : Status.IN_PROGRESS;
            case FOLLOW_UP -> Status.FOLLOWED_UP;
            case CLOSE -> Status.CLOSED;
        };
    }

    /** The response is overdue when nobody started on it within the target. */
    public static boolean responseOverdue(Instant created, Instant started, Target target, Instant now) {
        Instant due = created.plus(Duration.ofHours(target.responseHours()));
        return started == null ? now.isAfter(due) : started.isAfter(due);
    }

    /** The resolution is overdue when it was not resolved within the target. */
    public static boolean resolutionOverdue(Instant created, Instant resolved, Target target, Instant now) {
        Instant due = created.plus(Duration.ofHours(target.resolutionHours()));
        return resolved == null ? now.isAfter(due) : resolved.isAfter(due);
    }
}
