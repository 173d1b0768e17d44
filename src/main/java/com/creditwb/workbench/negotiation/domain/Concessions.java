package com.creditwb.workbench.negotiation.domain;

import java.util.List;

/**
 * Concessions over the offers of a negotiation, in order (SPEC §6): between two successive offers of the same side,
 * ours = the drop of our package score from our previous offer, theirs = the rise of our package score from their
 * previous offer (only positive changes count). Reciprocity = theirs / ours (none when we conceded nothing);
 * UNRECIPROCATED when two of our offers in a row conceded with no concession of theirs between them. Plain Java.
 */
public final class Concessions {

    /** Who made an offer. */
    public enum Side implements com.creditwb.workbench.common.i18n.Labelled {
        US, THEM;

        @Override
        public String messageKey() {
            return "negotiation.side." + name();
        }
    }

    /** An offer as scored against our plan. */
    public record Offer(Side by, double score) {
    }

    /** Totals, reciprocity (null when we conceded nothing) and whether our concessions went unanswered twice in a row. */
    public record Result(double ours, double theirs, Double reciprocity, boolean unreciprocated) {
    }

    private Concessions() {
    }

    public static Result of(List<Offer> offers) {
        double ours = 0;
        double theirs = 0;
        Double lastOurs = null;
        Double lastTheirs = null;
        int oursUnanswered = 0;
        boolean unreciprocated = false;
        for (Offer o : offers) {
            if (o.by() == Side.US) {
                if (lastOurs != null && lastOurs - o.score() > 0) {
                    ours += lastOurs - o.score();
                    oursUnanswered++;
                    if (oursUnanswered >= 2) {
                        unreciprocated = true;
                    }
                }
                lastOurs = o.score();
            } else {
                if (lastTheirs != null && o.score() - lastTheirs > 0) {
                    theirs += o.score() - lastTheirs;
                    oursUnanswered = 0;
                }
                lastTheirs = o.score();
            }
        }
        return new Result(ours, theirs, ours > 0 ? theirs / ours : null, unreciprocated);
    }
}
