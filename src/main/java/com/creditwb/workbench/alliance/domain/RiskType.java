package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** The seed's four typical problems of an alliance in operation (战略联盟动作中的问题), and other risks. */
public enum RiskType implements Labelled {
    UNSUITABLE_PARTNER, CULTURAL_FRICTION, SHORT_TERM_GOALS, UNEQUAL_POSITIONS, OTHER;

    @Override
    public String messageKey() {
        return "alliance.riskType." + name();
    }
}
