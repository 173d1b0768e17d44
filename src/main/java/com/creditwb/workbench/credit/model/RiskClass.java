package com.creditwb.workbench.credit.model;

import com.creditwb.workbench.common.i18n.Labelled;

/** 客户风险分类 (seed 002, SPEC §3.3): each class carries its countermeasures (对策). */
public enum RiskClass implements Labelled {
    LOW, MEDIUM, HIGH, VERY_HIGH, REJECT;

    @Override
    public String messageKey() {
        return "credit.class." + name();
    }
}
