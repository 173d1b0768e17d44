package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Card;
import com.creditwb.workbench.common.ui.DashboardCard;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The dashboard's overdue plan actions of the signed-in account manager, each a link to its plan. */
@org.springframework.stereotype.Component
class OverdueActionsCard implements DashboardCard {

    private final PlanService plans;

    OverdueActionsCard(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean visible() {
        return plans.ownsPlans();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Card card = new Card("keyaccount.dashboard.overdue");
        card.setId("dashboard-overdue-actions");
        var actions = plans.overdueActions();
        if (actions.isEmpty()) {
            card.add(new Span(card.getTranslation("keyaccount.dashboard.overdueNone")));
        }
        for (var a : actions.stream().limit(10).toList()) {
            Anchor link = new Anchor("key-accounts/plans/" + a.planId(), card.getTranslation("keyaccount.dashboard.overdueLine",
                    a.planTitle(), a.action(), Formats.date(a.dueDate(), com.creditwb.workbench.common.i18n.Locales.current())));
            link.addClassName("wb-overdue-action");
            card.add(new Div(link));
        }
        return card;
    }
}
