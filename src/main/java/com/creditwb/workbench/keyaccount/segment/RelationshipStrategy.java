package com.creditwb.workbench.keyaccount.segment;

import com.creditwb.workbench.common.i18n.Labelled;
import com.creditwb.workbench.customer.domain.RelationshipLevel;

/**
 * Relationship strategy by segment (seed 003, 关系发展策略 and 资源分配策略): strategic customers — a
 * long, close alliance-type relationship with enough resources; main customers — a long, stable
 * learning relationship with more resources; transaction customers — keep the transactional
 * relationship, not too many resources; risk customers — invest carefully or end the relationship.
 * The guidance texts are under {@code keyaccount.strategy.<name>.relationship / .resources}.
 */
public enum RelationshipStrategy implements Labelled {
    STRATEGIC, MAIN, TRANSACTION, RISK;

    @Override
    public String messageKey() {
        return "keyaccount.strategy." + name();
    }

    public String relationshipKey() {
        return messageKey() + ".relationship";
    }

    public String resourcesKey() {
        return messageKey() + ".resources";
    }

    /** How many customers the company has (Kotler's rows). */
    public enum CustomerCount { MANY, MEDIUM, FEW }

    /** The margin per customer (Kotler's columns). */
    public enum Margin { HIGH, MEDIUM, LOW }

    /**
     * Kotler's suggested relationship level (SPEC §4): many customers — high margin accountable, medium
     * reactive, low basic; a medium number — proactive, accountable, reactive; few — partnership,
     * proactive, accountable.
     */
    public static RelationshipLevel kotlerLevel(CustomerCount count, Margin margin) {
        return switch (count) {
            case MANY -> switch (margin) {
                case HIGH -> RelationshipLevel.ACCOUNTABLE;
                case MEDIUM -> RelationshipLevel.REACTIVE;
                case LOW -> RelationshipLevel.BASIC;
            };
            case MEDIUM -> switch (margin) {
                case HIGH -> RelationshipLevel.PROACTIVE;
                case MEDIUM -> RelationshipLevel.ACCOUNTABLE;
                case LOW -> RelationshipLevel.REACTIVE;
            };
            case FEW -> switch (margin) {
                case HIGH -> RelationshipLevel.PARTNERSHIP;
                case MEDIUM -> RelationshipLevel.PROACTIVE;
                case LOW -> RelationshipLevel.ACCOUNTABLE;
            };
        };
    }
}
