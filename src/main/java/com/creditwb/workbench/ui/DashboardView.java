package com.creditwb.workbench.ui;

import com.creditwb.workbench.common.ui.Card;
import com.creditwb.workbench.common.ui.DashboardCard;
import org.springframework.beans.factory.ObjectProvider;

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
@com.vaadin.flow.router.Menu(title = "nav.dashboard", order = 0.0, icon = "vaadin:dashboard")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.overview")
@Route("")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int TOP_REGIONS = 10;

    public DashboardView(CustomerService customers, ObjectProvider<DashboardCard> featureCards) {
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
        // the cards features contribute (credit alerts, overdue plan actions, …), each shown to whom it concerns
        featureCards.orderedStream().sorted(Comparator.comparingInt(DashboardCard::order))
                .filter(DashboardCard::visible).forEach(c -> cards.add(c.create()));
        add(new H2(getTranslation("dashboard.title")), cards);
    }

    private static <E extends Enum<E>> Map<E, Long> top(Map<E, Long> counts) {
        List<Map.Entry<E, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<E, Long>comparingByValue(Comparator.reverseOrder())).limit(TOP_REGIONS).toList();
        Map<E, Long> result = new java.util.LinkedHashMap<>();
        sorted.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private Div card(String titleKey) {
        return new Card(titleKey);
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
