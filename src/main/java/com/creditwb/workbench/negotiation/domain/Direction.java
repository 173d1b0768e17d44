package com.creditwb.workbench.negotiation.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** We sell to the counterpart, or buy from it. */
public enum Direction implements Labelled {
    SELL, BUY;

    @Override
    public String messageKey() {
        return "negotiation.direction." + name();
    }
}
