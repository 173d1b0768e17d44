package com.creditwb.workbench.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Labelled;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.CustomerService.CustomerCounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The landing page: the portfolio at a glance, each figure a link to the filtered customer list. */
@Route("")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int TOP_REGIONS = 10;

    public DashboardView(CustomerService customers, com.creditwb.workbench.credit.CreditMonitorService monitor,
            com.creditwb.workbench.credit.AssessmentService assessments, com.creditwb.workbench.security.CurrentUser currentUser,
            com.creditwb.workbench.keyaccount.plan.PlanService plans) {
        addClassName("wb-page");
        CustomerCounts counts = customers.counts();

        Div total = card("dashboard.customers.total");
        Anchor all = new Anchor("customers", Formats.integer(counts.total(), getLocale()));
        all.addClassName("wb-big-number");
        all.setId("total-customers");
        total.add(all);

        Div cards = new Div(total,
                bars("dashboard.customers.byType", "type", counts.byType(), counts.total()),
                bars("dashboard.customers.byStage", "stage", counts.byStage(), counts.total()),
                bars("dashboard.customers.byRegion", "region", top(counts.byRegion()), counts.total()));
        cards.addClassName("wb-cards");
        if (currentUser.hasAnyRole(com.creditwb.workbench.security.Role.ADMIN, com.creditwb.workbench.security.Role.CREDIT_MANAGER,
                com.creditwb.workbench.security.Role.FINANCE, com.creditwb.workbench.security.Role.ACCOUNT_MANAGER)) {
            cards.add(alerts(monitor.alertCounts(), currentUser.hasAnyRole(com.creditwb.workbench.security.Role.ADMIN,
                    com.creditwb.workbench.security.Role.CREDIT_MANAGER)
                    ? assessments.awaitingMyApproval().size()
                    : -1));
        }
        if (currentUser.hasRole(com.creditwb.workbench.security.Role.ACCOUNT_MANAGER)) {
            cards.add(overdue(plans.overdueActions()));
        }
        add(new H2(getTranslation("dashboard.title")), cards);
    }

    /** Alert counts, each a link to the alerts of that kind; assessments waiting for approval for credit managers. */
    private Div alerts(Map<com.creditwb.workbench.credit.Alert.Type, Long> counts, int waiting) {
        Div card = card("dashboard.alerts");
        card.setId("dashboard-alerts");
        if (waiting >= 0) {
            Anchor link = new Anchor("credit/reviews", getTranslation("dashboard.awaitingApproval", waiting));
            link.setId("dashboard-waiting");
            card.add(new Div(link));
        }
        counts.forEach((type, count) -> {
            Anchor link = new Anchor("credit/alerts?type=" + type.name(), getTranslation(type.messageKey()));
            Span number = new Span(Formats.integer(count, getLocale()));
            number.addClassName("wb-bar-value");
            number.setId("alert-count-" + type.name());
            Div row = new Div(link, number);
            row.addClassName("wb-line");
            card.add(row);
        });
        return card;
    }

    /** The signed-in owner's actions in active plans that are past due, each a link to its plan. */
    private Div overdue(List<com.creditwb.workbench.keyaccount.plan.PlanService.OverdueAction> actions) {
        Div card = card("keyaccount.dashboard.overdue");
        card.setId("dashboard-overdue-actions");
        if (actions.isEmpty()) {
            card.add(new Span(getTranslation("keyaccount.dashboard.overdueNone")));
        }
        for (var a : actions.stream().limit(10).toList()) {
            Anchor link = new Anchor("key-accounts/plans/" + a.planId(), getTranslation("keyaccount.dashboard.overdueLine", a.planTitle(),
                    a.action(), Formats.date(a.dueDate(), getLocale())));
            link.addClassName("wb-overdue-action");
            card.add(new Div(link));
        }
        return card;
    }

    private static <E extends Enum<E>> Map<E, Long> top(Map<E, Long> counts) {
        List<Map.Entry<E, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<E, Long>comparingByValue(Comparator.reverseOrder())).limit(TOP_REGIONS).toList();
        Map<E, Long> result = new java.util.LinkedHashMap<>();
        sorted.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private Div card(String titleKey) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("wb-card");
        return card;
    }

    private <E extends Enum<E> & Labelled> Div bars(String titleKey, String parameter, Map<E, Long> counts, long total) {
        Div card = card(titleKey);
        if (counts.isEmpty()) {
            card.add(new Span(getTranslation("common.none")));
        }
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        counts.forEach((value, count) -> card.add(bar(value, parameter, count, max)));
        return card;
    }

    private <E extends Enum<E> & Labelled> Component bar(E value, String parameter, long count, long max) {
        Anchor label = new Anchor("customers?" + parameter + "=" + value.name(), getTranslation(value.messageKey()));
        Div bar = new Div();
        bar.addClassName("wb-bar");
        bar.setWidth(Math.max(2, Math.round(100.0 * count / max)) + "%");
        Span number = new Span(Formats.integer(count, getLocale()));
        number.addClassName("wb-bar-value");
        Div row = new Div(label, new Div(bar), number);
        row.addClassName("wb-bar-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
