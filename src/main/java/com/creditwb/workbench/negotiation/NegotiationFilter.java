package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;

/**
 * The negotiations list's filter: whose (owned by me, on my team, or all I may open), status, direction and a text
 * found in the subject. Plain Java; the service has already left out what the user may not open.
 */
public record NegotiationFilter(Scope scope, NegotiationStatus status, Direction direction, String text) {

    /** Owned by me, those whose team I am on (not owning them), or all I may open. */
    public enum Scope implements com.creditwb.workbench.common.i18n.Labelled {
        MINE, TEAM, ALL;

        @Override
        public String messageKey() {
            return "negotiation.scope." + name();
        }
    }

    public boolean matches(Negotiation n, String me) {
        boolean whose = switch (scope == null ? Scope.ALL : scope) {
            case MINE -> n.getOwner().equals(me);
            case TEAM -> !n.getOwner().equals(me) && n.getTeam().containsKey(me);
            case ALL -> true;
        };
        return whose && (status == null || n.getStatus() == status) && (direction == null || n.getDirection() == direction)
                && (text == null || text.isBlank() || n.getSubject().toLowerCase(java.util.Locale.ROOT)
                        .contains(text.strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
