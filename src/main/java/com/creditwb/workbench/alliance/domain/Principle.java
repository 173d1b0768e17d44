package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** The six management principles (全方位全过程管理) a health review scores. */
public enum Principle implements Labelled {
    MUTUAL_NEED, ORGANISATION, ASSET_PROTECTION, COORDINATION, CULTURE, MULTI_COOPERATION;

    @Override
    public String messageKey() {
        return "alliance.principle." + name();
    }
}
