package com.creditwb.workbench.negotiation.domain;

import java.util.List;

/**
 * A warning about the negotiation or an offer: a code, the message's arguments and, for a code whose message
 * differs by case (LEAD_MISFIT by topic), the variant: message {@code negotiation.warning.<code>[.<variant>]}.
 */
public record NegotiationWarning(String code, List<Object> args, String variant) {

    public NegotiationWarning(String code, List<Object> args) {
        this(code, args, null);
    }

    public String messageKey() {
        return "negotiation.warning." + code + (variant == null ? "" : "." + variant);
    }
}
