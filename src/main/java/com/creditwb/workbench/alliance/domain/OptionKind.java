package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** An alternative way to reach the goal (评选方案), or a candidate partner (寻找盟友). */
public enum OptionKind implements Labelled {
    OPTION, CANDIDATE;

    @Override
    public String messageKey() {
        return "alliance.optionKind." + name();
    }
}
