package com.creditwb.workbench.common.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE;

    public String messageKey() {
        return "audit.action." + name();
    }
}
