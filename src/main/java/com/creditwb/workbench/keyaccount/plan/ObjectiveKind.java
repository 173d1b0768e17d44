package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.i18n.Labelled;

/** What an objective targets: revenue (an amount), margin or share of wallet (percentages). */
public enum ObjectiveKind implements Labelled {
    REVENUE, MARGIN, SHARE_OF_WALLET;

    @Override
    public String messageKey() {
        return "keyaccount.objective." + name();
    }
}
