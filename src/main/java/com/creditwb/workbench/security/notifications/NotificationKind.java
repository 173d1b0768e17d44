package com.creditwb.workbench.security.notifications;

/** What a notification is about; its text is {@code notification.<KIND>} with the notification's arguments. */
public enum NotificationKind implements com.creditwb.workbench.common.i18n.Labelled {
    /** A document was blocked by the credit check (to credit managers). */
    DOCUMENT_BLOCKED,
    /** A held document was escalated to me. */
    HOLD_ESCALATED,
    /** A limit request waits for a decision (to credit managers other than the requester). */
    REQUEST_WAITING,
    /** My limit request was decided. */
    REQUEST_DECIDED,
    /** A temporary limit ends within 7 days (to the requester and the customer's account manager). */
    TEMPORARY_LIMIT_ENDING,
    /** A release I gave lapses within 3 days. */
    RELEASE_LAPSING,
    /** A promise to pay of a customer I collect from fell due unkept. */
    PROMISE_BROKEN,
    /** A write-off waits for a decision (to credit managers other than the proposer, or the one it was escalated to). */
    WRITE_OFF_WAITING;

    @Override
    public String messageKey() {
        return "notification.kind." + name();
    }
}
