package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Card;
import com.creditwb.workbench.common.ui.DashboardCard;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.CreditAlertService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The dashboard's credit alerts: counts per kind, each a link to the alerts of that kind; what waits for my approval. */
@org.springframework.stereotype.Component
class CreditAlertsCard implements DashboardCard {

    private final CreditAlertService monitor;
    private final AssessmentService assessments;

    CreditAlertsCard(CreditAlertService monitor, AssessmentService assessments) {
        this.monitor = monitor;
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean visible() {
        return assessments.canUseCredit();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Card card = new Card("dashboard.alerts");
        card.setId("dashboard-alerts");
        if (assessments.canAssess()) {
            Anchor link = new Anchor("credit/reviews", card.getTranslation("dashboard.awaitingApproval", assessments.awaitingMyApproval().size()));
            link.setId("dashboard-waiting");
            card.add(new Div(link));
        }
        monitor.alertCounts().forEach((type, count) -> {
            Anchor link = new Anchor("credit/alerts?type=" + type.name(), card.getTranslation(type.messageKey()));
            Span number = new Span(Formats.integer(count, com.creditwb.workbench.common.i18n.Locales.current()));
            number.addClassName("wb-bar-value");
            number.setId("alert-count-" + type.name());
            Div row = new Div(link, number);
            row.addClassName("wb-line");
            card.add(row);
        });
        return card;
    }
}
