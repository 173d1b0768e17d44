package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Relationship level (客户关系的类型): 基本型, 被动型, 负责型, 能动型, 伙伴型. */
public enum RelationshipLevel implements Labelled {
    BASIC, REACTIVE, ACCOUNTABLE, PROACTIVE, PARTNERSHIP;

    @Override
    public String messageKey() {
        return "relationshipLevel." + name();
    }
}
