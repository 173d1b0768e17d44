package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.i18n.Labelled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * ADMIN's rule naming a collector (a credit manager or finance user) for the customers of an account manager, of a
 * region or of a risk class; the first that matches in that order wins.
 */
@Entity
@jakarta.persistence.EntityListeners(WorklistTouch.class)
@Table(name = "collector_rule")
public class CollectorRule extends BaseEntity {

    public enum Kind implements Labelled {
        OWNER, REGION, RISK_CLASS;

        @Override
        public String messageKey() {
            return "collection.rule.kind." + name();
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "match_value", nullable = false, length = 64)
    private String matchValue;

    @Column(nullable = false, length = 64)
    private String collector;

    protected CollectorRule() {
    }

    public CollectorRule(Kind kind, String matchValue, String collector) {
        this.kind = kind;
        this.matchValue = matchValue;
        this.collector = collector;
    }

    public Kind getKind() {
        return kind;
    }

    public String getMatchValue() {
        return matchValue;
    }

    public String getCollector() {
        return collector;
    }

    void setCollector(String collector) {
        this.collector = collector;
    }
}
