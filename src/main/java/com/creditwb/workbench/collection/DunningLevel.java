package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One dunning level of a risk class, as ADMIN sets it (see {@link Dunning}). */
@Entity
@Table(name = "dunning_level")
public class DunningLevel extends BaseEntity {

    @Column(name = "risk_class", nullable = false, length = 16)
    private String riskClass;

    @Column(nullable = false)
    private int level;

    @Column(nullable = false)
    private int days;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Dunning.Stage template;

    protected DunningLevel() {
    }

    DunningLevel(String riskClass, Dunning.Level l) {
        this.riskClass = riskClass;
        apply(l);
    }

    void apply(Dunning.Level l) {
        this.level = l.level();
        this.days = l.days();
        this.template = l.stage();
    }

    public String getRiskClass() {
        return riskClass;
    }

    public Dunning.Level toLevel() {
        return new Dunning.Level(level, days, template);
    }
}
