package com.creditwb.workbench.negotiation.domain;

import java.util.List;

/**
 * The basic strategy (确定谈判的基本策略): the other side's likely goals, the obstacles to what we need most, the terms
 * they are likely to propose and our counter-measures; the clause-by-clause positions (合同条款); the alternative plans;
 * the price range (价格谈判的幅度). And the venue (布置谈判现场).
 */
public record Strategy(String theirGoals, String obstacles, String theirTerms, String counterMeasures, List<ClausePosition> clauses,
        String alternatives, Double priceLow, Double priceHigh, Venue venue) {

    /** One clause: our position, the fallback and the red line. */
    public record ClausePosition(String clause, String position, String fallback, String redLine) {
    }

    /** Seating (谈判双方座位的安排): facing across a table, free seating, no table. */
    public enum Seating implements com.creditwb.workbench.common.i18n.Labelled {
        FACING, FREE, NO_TABLE;

        @Override
        public String messageKey() {
            return "negotiation.seating." + name();
        }
    }

    /** The main room, the caucus room (秘密会谈室), the rest room and the seating. */
    public record Venue(String mainRoom, String caucusRoom, String restRoom, Seating seating) {
    }

    public static final Strategy EMPTY = new Strategy(null, null, null, null, List.of(), null, null, null, null);

    public Strategy {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
