package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.i18n.Labelled;

/** A contact's attitude to us. */
public enum Attitude implements Labelled {
    SUPPORTIVE, NEUTRAL, SCEPTICAL, OPPOSED;

    @Override
    public String messageKey() {
        return "keyaccount.attitude." + name();
    }
}
