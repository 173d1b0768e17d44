package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.MetricsService;
import com.creditwb.workbench.collection.WorklistService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Card;
import com.creditwb.workbench.common.ui.DashboardCard;
import com.creditwb.workbench.security.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The dashboard card of a collector: their customers overdue, broken promises, holds, and their DSO over 90 days. */
@org.springframework.stereotype.Component
class CollectionsCard implements DashboardCard {

    private final WorklistService worklist;
    private final com.creditwb.workbench.collection.WorklistPages pages;
    private final MetricsService metrics;
    private final com.creditwb.workbench.credit.hold.CollectionHoldService holds;
    private final CurrentUser currentUser;
    private final Clock clock;

    CollectionsCard(WorklistService worklist, com.creditwb.workbench.collection.WorklistPages pages, MetricsService metrics, com.creditwb.workbench.credit.hold.CollectionHoldService holds,
            CurrentUser currentUser, Clock clock) {
        this.worklist = worklist;
        this.pages = pages;
        this.metrics = metrics;
        this.holds = holds;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public boolean visible() {
        return worklist.collects();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Card card = new Card("collection.card.title");
        card.setId("dashboard-collections");
        var l = com.creditwb.workbench.common.i18n.Locales.current();
        List<WorklistService.Row> mine = pages.page(new WorklistService.Filter(currentUser.username(), null, 0), 0, Integer.MAX_VALUE).rows();
        BigDecimal overdue = mine.stream().map(WorklistService.Row::overdue).reduce(BigDecimal.ZERO, BigDecimal::add);
        long broken = mine.stream().filter(r -> r.brokenPromises() > 0).count();
        var onHold = holds.customersOnHold();
        long held = mine.stream().filter(r -> onHold.contains(r.customerId())).count();
        card.add(new Div(card.getTranslation("collection.card.line", Formats.integer(mine.size(), l), Formats.amount(overdue, l),
                Formats.integer(broken, l), Formats.integer(held, l))));
        LocalDate today = LocalDate.now(clock);
        metrics.recentFigures(today.minusDays(89), today, MetricsService.By.COLLECTOR).value().stream()
                .filter(g -> g.key().equals(currentUser.username()) && g.figures() != null).findFirst()
                .ifPresent(g -> card.add(new Div(card.getTranslation("collection.card.dso", Formats.decimal(g.figures().dso(), l, 1),
                        Formats.decimal(g.figures().bestPossibleDso(), l, 1)))));
        card.add(new Div(new Anchor("collections", card.getTranslation("collection.card.open"))));
        return card;
    }
}
