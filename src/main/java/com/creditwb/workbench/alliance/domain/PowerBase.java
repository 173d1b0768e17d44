package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** The manufacturer's five power bases (制造商的5种力量): 强迫, 报酬, 法定, 专家, 声誉; each has a help text {@code alliance.powerBase.X.help} quoting the seed's definition. */
public enum PowerBase implements Labelled {
    COERCIVE, REWARD, LEGITIMATE, EXPERT, REFERENT;

    @Override
    public String messageKey() {
        return "alliance.powerBase." + name();
    }
}
