package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Where credit information came from (客户资信调查的方式, seed 002). */
public enum InvestigationSource implements Labelled {
    BANK, CREDIT_AGENCY, CUSTOMER_OR_ASSOCIATION, INTERNAL, OTHER;

    @Override
    public String messageKey() {
        return "investigationSource." + name();
    }
}
