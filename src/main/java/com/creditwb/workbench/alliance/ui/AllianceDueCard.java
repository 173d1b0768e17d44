package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.ui.Card;
import com.creditwb.workbench.common.ui.DashboardCard;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The dashboard's alliance reviews and contributions due (30 days) or overdue, for the owner and team. */
@org.springframework.stereotype.Component
class AllianceDueCard implements DashboardCard {

    private final AllianceService alliances;

    AllianceDueCard(AllianceService alliances) {
        this.alliances = alliances;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public boolean visible() {
        return alliances.canCreate();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Card card = new Card("alliance.dashboard.due");
        card.setId("dashboard-alliance-due");
        var due = alliances.due();
        if (due.isEmpty()) {
            card.add(new Span(card.getTranslation("alliance.dashboard.none")));
        }
        for (var d : due.stream().limit(12).toList()) {
            String what = d.what().equals("review") ? card.getTranslation("alliance.dashboard.review") : d.what();
            Anchor link = new Anchor("alliances/" + d.allianceId(), card.getTranslation(d.overdue() ? "alliance.dashboard.overdueLine"
                    : "alliance.dashboard.dueLine", d.alliance(), what, Formats.date(d.dueDate(), Locales.current())));
            link.addClassName(d.overdue() ? "wb-overdue-action" : "wb-due-action");
            card.add(new Div(link));
        }
        return card;
    }
}
