package com.creditwb.workbench.credit.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** draft → submitted → approved, or returned to the author (who edits and submits again). */
public enum AssessmentStatus implements Labelled {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    @Override
    public String messageKey() {
        return "credit.status." + name();
    }
}
