package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Form by composition (以组成方式来区分): 股权性 / 非股权性. */
public enum CompositionForm implements Labelled {
    EQUITY, NON_EQUITY;

    @Override
    public String messageKey() {
        return "alliance.compositionForm." + name();
    }
}
