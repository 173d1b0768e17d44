package com.creditwb.workbench.relationship;

import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One interval of the follow-up cadence: for a key-account tier or a relationship level, days between contacts (null: none). */
@Entity
@Table(name = "contact_cadence")
public class CadenceRule extends BaseEntity {

    @Column(nullable = false, length = 8, updatable = false)
    private String kind;

    @Column(name = "target", nullable = false, length = 20, updatable = false)
    private String value;

    @Column
    private Integer days;

    protected CadenceRule() {
    }

    public String getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public Integer getDays() {
        return days;
    }

    void setDays(Integer days) {
        this.days = days;
    }
}
