package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** The criteria options and candidate partners are scored on (weights per alliance, equal by default). */
public enum Criterion implements Labelled {
    STRATEGIC_FIT, COMPLEMENTARY_RESOURCES, COMPATIBLE_CULTURE, COMMITMENT, FINANCIAL_STRENGTH;

    @Override
    public String messageKey() {
        return "alliance.criterion." + name();
    }
}
