package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Final customer (最终客户) or intermediate customer (中间客户, e.g. a distributor). */
public enum CustomerType implements Labelled {
    FINAL, INTERMEDIATE;

    @Override
    public String messageKey() {
        return "customerType." + name();
    }
}
