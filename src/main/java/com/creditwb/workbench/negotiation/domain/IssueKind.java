package com.creditwb.workbench.negotiation.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** What an issue of the plan is about. */
public enum IssueKind implements Labelled {
    PRICE, QUANTITY, PAYMENT_TERMS_DAYS, DELIVERY_DAYS, WARRANTY_MONTHS, OTHER;

    /**
     * Which way a value of this kind is better for us: when we sell, a higher price and quantity, shorter payment
     * terms, a longer delivery time and a shorter warranty; when we buy, the reverse. OTHER: higher.
     */
    public IssueTargets.Better defaultBetter(Direction direction) {
        boolean higherWhenSelling = switch (this) {
            case PRICE, QUANTITY, DELIVERY_DAYS, OTHER -> true;
            case PAYMENT_TERMS_DAYS, WARRANTY_MONTHS -> false;
        };
        if (this == OTHER) {
            return IssueTargets.Better.HIGHER;
        }
        return higherWhenSelling == (direction != Direction.BUY) ? IssueTargets.Better.HIGHER : IssueTargets.Better.LOWER;
    }

    @Override
    public String messageKey() {
        return "negotiation.issueKind." + name();
    }
}
