package com.creditwb.workbench.negotiation.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** PREPARING → IN_PROGRESS → AGREED / NO_DEAL → ARCHIVED (read-only). */
public enum NegotiationStatus implements Labelled {
    PREPARING, IN_PROGRESS, AGREED, NO_DEAL, ARCHIVED;

    /** Whether a negotiation may go from this status to the next one given. */
    public boolean canGoTo(NegotiationStatus next) {
        return switch (this) {
            case PREPARING -> next == IN_PROGRESS;
            case IN_PROGRESS -> next == AGREED || next == NO_DEAL;
            case AGREED, NO_DEAL -> next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }

    @Override
    public String messageKey() {
        return "negotiation.status." + name();
    }
}
