package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Where a risk stands. */
public enum RiskStatus implements Labelled {
    OPEN, MITIGATED, CLOSED;

    @Override
    public String messageKey() {
        return "alliance.riskStatus." + name();
    }
}
