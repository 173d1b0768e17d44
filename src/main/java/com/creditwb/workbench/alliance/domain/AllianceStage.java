package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** The stages from strategy to operation (二、建立战略联盟: 制定战略 → 评选方案 → 寻找盟友 → 设计类型 → 谈判签约), then operating and ended. */
public enum AllianceStage implements Labelled {
    STRATEGY, EVALUATE_OPTIONS, FIND_PARTNERS, DESIGN_TYPE, NEGOTIATE_SIGN, OPERATING, ENDED;

    @Override
    public String messageKey() {
        return "alliance.stage." + name();
    }
}
