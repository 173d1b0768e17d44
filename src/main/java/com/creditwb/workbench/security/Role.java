package com.creditwb.workbench.security;

import com.creditwb.workbench.common.i18n.Labelled;

/** What a user may do. A user may hold several roles. */
public enum Role implements Labelled {
    ADMIN, CREDIT_MANAGER, ACCOUNT_MANAGER, FINANCE;

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String ADMIN_ = "ADMIN";
    public static final String CREDIT_MANAGER_ = "CREDIT_MANAGER";
    public static final String ACCOUNT_MANAGER_ = "ACCOUNT_MANAGER";
    public static final String FINANCE_ = "FINANCE";

    public String authority() {
        return "ROLE_" + name();
    }

    @Override
    public String messageKey() {
        return "role." + name();
    }
}
