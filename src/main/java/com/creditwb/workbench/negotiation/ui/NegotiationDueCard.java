package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.negotiation.NegotiationWarningService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.ui.Card;
import com.creditwb.workbench.common.ui.DashboardCard;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;

/** The dashboard's open negotiations I own or am on the team of: deadlines (overdue marked) and their warnings. */
@org.springframework.stereotype.Component
class NegotiationDueCard implements DashboardCard {

    private final NegotiationService negotiations;

    private final NegotiationWarningService warnings;
    private final Clock clock;

    NegotiationDueCard(NegotiationService negotiations, NegotiationWarningService warnings, Clock clock) {
        this.negotiations = negotiations;
        this.warnings = warnings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 220;
    }

    @Override
    public boolean visible() {
        return !negotiations.mine().isEmpty();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Card card = new Card("negotiation.dashboard.title");
        card.setId("dashboard-negotiations");
        LocalDate today = LocalDate.now(clock);
        for (Negotiation n : negotiations.mine().stream().limit(10).toList()) {
            boolean overdue = n.getDeadline() != null && n.getDeadline().isBefore(today);
            String when = n.getDeadline() == null ? card.getTranslation("negotiation.dashboard.noDeadline")
                    : Formats.date(n.getDeadline(), Locales.current());
            Anchor link = new Anchor("negotiations/" + n.getId(), card.getTranslation(overdue ? "negotiation.dashboard.overdueLine"
                    : "negotiation.dashboard.line", n.getSubject(), when));
            link.addClassName(overdue ? "wb-overdue-action" : "wb-due-action");
            Div line = new Div(link);
            var warnings = this.warnings.warnings(n);
            if (!warnings.isEmpty()) {
                // as many warnings as it says, each named
                Span w = new Span(" " + card.getTranslation("negotiation.dashboard.warnings", Formats.integer(warnings.size(), Locales.current()),
                        com.creditwb.workbench.common.ui.Lines.reasons(card, warnings.stream()
                                .map(x -> card.getTranslation(x.messageKey(), x.args().toArray())).toList())));
                w.addClassName("wb-warning-text");
                line.add(w);
            }
            card.add(line);
        }
        return card;
    }
}
