package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Relationship lifecycle stage: 考察期, 形成期, 稳定期, 退化期. */
public enum LifecycleStage implements Labelled {
    EXPLORATION, FORMATION, STABILITY, DECLINE;

    @Override
    public String messageKey() {
        return "lifecycle." + name();
    }
}
