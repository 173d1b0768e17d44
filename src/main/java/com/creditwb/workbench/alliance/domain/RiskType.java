package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** The seed's four typical problems of an alliance in operation (战略联盟动作中的问题), and other risks. */
public enum RiskType implements Labelled {
    UNSUITABLE_PARTNER, CULTURAL_FRICTION, SHORT_TERM_GOALS, UNEQUAL_POSITIONS, OTHER;

    /** The seed's typical problem a low principle points at (culture → cultural friction; the rest: other). */
    public static RiskType pointedAtBy(Principle p) {
        return switch (p) {
            case CULTURE -> CULTURAL_FRICTION;
            case MUTUAL_NEED -> SHORT_TERM_GOALS;
            case ASSET_PROTECTION, COORDINATION -> UNEQUAL_POSITIONS;
            default -> OTHER;
        };
    }

    @Override
    public String messageKey() {
        return "alliance.riskType." + name();
    }
}
