package com.creditwb.workbench.relationship.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** How we were in touch with a customer (联系方式): a visit, a call, a meeting, an e-mail or WeChat. */
public enum ActivityType implements Labelled {
    VISIT, CALL, MEETING, EMAIL, WECHAT;

    @Override
    public String messageKey() {
        return "activity.type." + name();
    }
}
