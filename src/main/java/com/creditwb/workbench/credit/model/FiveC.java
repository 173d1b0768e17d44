package com.creditwb.workbench.credit.model;

import com.creditwb.workbench.common.i18n.Labelled;

/** The five factors of the 5C model (5C分析法, seed 002): 品质, 能力, 资本, 担保品, 环境. */
public enum FiveC implements Labelled {
    CHARACTER, CAPACITY, CAPITAL, COLLATERAL, CONDITIONS;

    @Override
    public String messageKey() {
        return "credit.factor." + name();
    }
}
