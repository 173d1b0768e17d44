package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** A contribution or obligation still due, or delivered. */
public enum ContributionStatus implements Labelled {
    DUE, DELIVERED;

    @Override
    public String messageKey() {
        return "alliance.contributionStatus." + name();
    }
}
