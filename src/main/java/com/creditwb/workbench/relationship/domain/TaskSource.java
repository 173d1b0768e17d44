package com.creditwb.workbench.relationship.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Where a task comes from: the record it was made from and links to. */
public enum TaskSource implements Labelled {
    ACTIVITY, PLAN, ALLIANCE, RISK, NEGOTIATION, COMPLAINT, COLLECTION;

    @Override
    public String messageKey() {
        return "task.source." + name();
    }
}
