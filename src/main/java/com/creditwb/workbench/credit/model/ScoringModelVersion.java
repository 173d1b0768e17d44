package com.creditwb.workbench.credit.model;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Set;

/** One stored version of the scoring model: its number and its definition as JSON. Never changed once saved. */
@Entity
@Table(name = "scoring_model")
public class ScoringModelVersion extends BaseEntity implements AuditedEntity {

    public static final String AUDIT_TYPE = "ScoringModel";

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 1_000_000)
    private String definition;

    @Column(length = 500)
    private String note;

    @Transient
    private ScoringModel model;

    protected ScoringModelVersion() {
    }

    public ScoringModelVersion(int number, ScoringModel model, String note) {
        this.number = number;
        this.model = model;
        this.definition = com.creditwb.workbench.common.Json.write(model);
        this.note = note;
    }

    public int getNumber() {
        return number;
    }

    public String getNote() {
        return note;
    }

    public ScoringModel model() {
        if (model == null) {
            model = com.creditwb.workbench.common.Json.read(definition, ScoringModel.class);
        }
        return model;
    }

    @Override
    public String auditSubjectType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("definition", "model");
    }
}
