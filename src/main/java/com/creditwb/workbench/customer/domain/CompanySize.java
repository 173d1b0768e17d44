package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Enterprise size (企业规模). */
public enum CompanySize implements Labelled {
    MICRO, SMALL, MEDIUM, LARGE;

    @Override
    public String messageKey() {
        return "size." + name();
    }
}
