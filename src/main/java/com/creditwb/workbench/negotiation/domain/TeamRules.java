package com.creditwb.workbench.negotiation.domain;

import java.util.Map;
import java.util.Set;

/**
 * The seed's principles for organising a negotiation team (组织谈判小组的原则): its size by the project's
 * importance and difficulty, and who leads (主谈) each topic — technical clauses by technical staff, legal by legal,
 * commercial by commercial. Plain Java.
 */
public final class TeamRules {

    public enum Importance implements com.creditwb.workbench.common.i18n.Labelled {
        LOW, MEDIUM, HIGH, CRITICAL;

        @Override
        public String messageKey() {
            return "negotiation.importance." + name();
        }
    }

    public enum Difficulty implements com.creditwb.workbench.common.i18n.Labelled {
        LOW, MEDIUM, HIGH;

        @Override
        public String messageKey() {
            return "negotiation.difficulty." + name();
        }
    }

    public enum Expertise implements com.creditwb.workbench.common.i18n.Labelled {
        TECHNICAL, LEGAL, COMMERCIAL, FINANCE, MANAGEMENT;

        @Override
        public String messageKey() {
            return "negotiation.expertise." + name();
        }
    }

    public enum Topic implements com.creditwb.workbench.common.i18n.Labelled {
        TECHNICAL, LEGAL, COMMERCIAL;

        @Override
        public String messageKey() {
            return "negotiation.topic." + name();
        }
    }

    /** The default sizes by importance: LOW 2, MEDIUM 3, HIGH 4, CRITICAL 5. */
    public static final Map<Importance, Integer> DEFAULT_SIZES = Map.of(Importance.LOW, 2, Importance.MEDIUM, 3, Importance.HIGH, 4,
            Importance.CRITICAL, 5);
    /** A contract of at least this value (元) adds one member. */
    public static final double LARGE_CONTRACT = 10_000_000;

    private TeamRules() {
    }

    /** The base size for the importance, +1 when the difficulty is HIGH, +1 when the contract value is at least 10,000,000 元. */
    public static int suggestedSize(Map<Importance, Integer> sizes, Importance importance, Difficulty difficulty, Double contractValue) {
        int size = sizes.getOrDefault(importance, DEFAULT_SIZES.get(importance));
        if (difficulty == Difficulty.HIGH) {
            size++;
        }
        if (contractValue != null && contractValue >= LARGE_CONTRACT) {
            size++;
        }
        return size;
    }

    /** The expertise a topic's lead should have. */
    public static Expertise expertiseFor(Topic topic) {
        return switch (topic) {
            case TECHNICAL -> Expertise.TECHNICAL;
            case LEGAL -> Expertise.LEGAL;
            case COMMERCIAL -> Expertise.COMMERCIAL;
        };
    }

    /** LEAD_MISFIT: the topic's lead lacks the topic's expertise. */
    public static boolean leadFits(Topic topic, Set<Expertise> leadExpertise) {
        return leadExpertise != null && leadExpertise.contains(expertiseFor(topic));
    }
}
