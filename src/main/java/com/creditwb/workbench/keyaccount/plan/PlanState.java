package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.i18n.Labelled;

/** A plan's state: a draft is edited, an active plan is followed (its actions tracked), a closed one is history. */
public enum PlanState implements Labelled {
    DRAFT, ACTIVE, CLOSED;

    @Override
    public String messageKey() {
        return "keyaccount.planState." + name();
    }
}
