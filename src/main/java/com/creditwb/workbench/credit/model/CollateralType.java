package com.creditwb.workbench.credit.model;

import com.creditwb.workbench.common.i18n.Labelled;

/** What secures the credit (担保品状况: type, appraised value, haircut). */
public enum CollateralType implements Labelled {
    NONE, REAL_ESTATE, EQUIPMENT, RECEIVABLES, DEPOSIT, BANK_GUARANTEE, CORPORATE_GUARANTEE;

    @Override
    public String messageKey() {
        return "credit.collateral." + name();
    }
}
