package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.audit.AuditedEntity;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The stored key-account settings (one row, JSON). */
@Entity
@Table(name = "key_account_settings")
class SettingsRecord extends BaseEntity implements AuditedEntity {

    @Column(nullable = false, length = 20000)
    private String definition;

    protected SettingsRecord() {
    }

    SettingsRecord(KeyAccountSettings settings) {
        set(settings);
    }

    KeyAccountSettings settings() {
        return Json.read(definition, KeyAccountSettings.class);
    }

    void set(KeyAccountSettings settings) {
        this.definition = Json.write(settings);
    }

    @Override
    public String auditSubjectType() {
        return "KeyAccountSettings";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }
}
