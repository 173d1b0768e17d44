package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** What a partner contributes under the agreement. */
public enum ContributionKind implements Labelled {
    MONEY, ASSETS, PEOPLE, TECHNOLOGY, BRAND, CHANNEL, OTHER;

    @Override
    public String messageKey() {
        return "alliance.contributionKind." + name();
    }
}
