package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.i18n.Labelled;

/** Where an action stands; planned and in-progress actions past their due date are overdue. */
public enum ActionStatus implements Labelled {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    @Override
    public String messageKey() {
        return "keyaccount.actionStatus." + name();
    }
}
