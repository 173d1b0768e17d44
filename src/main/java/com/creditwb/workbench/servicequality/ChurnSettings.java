package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ChurnRules;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** ADMIN's churn-watch weights and thresholds (one row). */
@Entity
@Table(name = "churn_settings")
public class ChurnSettings extends BaseEntity implements AuditedEntity {

    @Column(nullable = false, length = 1000)
    private String settings;

    protected ChurnSettings() {
    }

    ChurnSettings(ChurnRules.Settings s) {
        set(s);
    }

    public ChurnRules.Settings get() {
        return Json.read(settings, ChurnRules.Settings.class);
    }

    void set(ChurnRules.Settings s) {
        settings = Json.write(s);
    }

    @Override
    public String auditSubjectType() {
        return "ChurnSettings";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.SERVICE.name();
    }
}
