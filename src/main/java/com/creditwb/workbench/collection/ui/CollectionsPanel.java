package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.ActivityService;
import com.creditwb.workbench.collection.CollectionActivity;
import com.creditwb.workbench.collection.CollectorService;
import com.creditwb.workbench.collection.OpenItemService;
import com.creditwb.workbench.collection.PromiseService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * A customer's collections (账款催收): its collector, what is overdue, each item with its balance and payments, the
 * promises to pay with their state, and the contacts logged; buttons to log a contact and record a promise.
 */
class CollectionsPanel extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Paragraph hold = new Paragraph();
    final Button liftHold = new Button();
    final Grid<OpenItemService.Item> itemGrid = new Grid<>();
    final Grid<PromiseService.View> promiseGrid = new Grid<>();
    final Grid<CollectionActivity> activityGrid = new Grid<>();
    final Button logContact = new Button();
    final Button addPromise = new Button();
    private final CustomerRecord customer;
    private final transient OpenItemService items;
    private final transient PromiseService promises;
    private final transient ActivityService activities;
    private final transient CollectorService collectors;
    private final transient UserService users;
    private final transient Clock clock;
    private final transient com.creditwb.workbench.credit.hold.CollectionHoldService holds;

    CollectionsPanel(CustomerRecord customer, OpenItemService items, PromiseService promises, ActivityService activities,
            CollectorService collectors, com.creditwb.workbench.collection.DisputeService disputes, UserService users, Clock clock,
            com.creditwb.workbench.credit.hold.CollectionHoldService holds, com.creditwb.workbench.collection.WriteOffService writeOffs,
            com.creditwb.workbench.collection.DunningService dunning) {
        this.holds = holds;
        this.customer = customer;
        this.items = items;
        this.promises = promises;
        this.activities = activities;
        this.collectors = collectors;
        this.users = users;
        this.clock = clock;
        setPadding(false);
        var l = getLocale();
        summary.setId("collection-summary");
        logContact.setText(getTranslation("collection.activity.log"));
        logContact.setId("collection-log-contact");
        logContact.addClickListener(e -> new ActivityDialog(customer.id(), activities, clock, this::refresh).open());
        addPromise.setText(getTranslation("collection.promise.add"));
        addPromise.setId("collection-add-promise");
        addPromise.setVisible(promises.canPromise(customer.id()));
        addPromise.addClickListener(e -> new PromiseDialog(customer.id(), items.openItems(customer.id()), promises, clock, this::refresh).open());

        itemGrid.setId("collection-items");
        itemGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        itemGrid.setAllRowsVisible(true);
        itemGrid.addColumn(OpenItemService.Item::invoiceNo).setHeader(getTranslation("collection.item.invoice")).setAutoWidth(true);
        itemGrid.addColumn(i -> Labels.of(this, i.origin())).setHeader(getTranslation("collection.item.origin")).setAutoWidth(true);
        itemGrid.addColumn(i -> Formats.date(i.dueDate(), l)).setHeader(getTranslation("collection.item.due")).setAutoWidth(true);
        itemGrid.addColumn(i -> Formats.amount(i.amount(), l) + " " + i.currency()).setHeader(getTranslation("collection.item.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        itemGrid.addColumn(i -> Formats.amount(i.balance(), l)).setHeader(getTranslation("collection.item.balance"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        itemGrid.addColumn(i -> i.daysOverdue() == 0 ? "" : Formats.integer(i.daysOverdue(), l)).setHeader(getTranslation("collection.item.days"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        itemGrid.addColumn(i -> i.payments().stream().map(p -> getTranslation("collection.item.paidLine", Formats.date(p.paidOn(), l),
                Formats.amount(p.amount(), l), p.reference() == null ? "" : p.reference())).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("collection.item.payments")).setFlexGrow(1);

        promiseGrid.setId("collection-promises");
        promiseGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        promiseGrid.setAllRowsVisible(true);
        promiseGrid.addColumn(v -> Formats.date(v.promise().getDueOn(), l)).setHeader(getTranslation("collection.promise.date")).setAutoWidth(true);
        promiseGrid.addColumn(v -> Formats.amount(v.promise().getAmount(), l) + " " + v.promise().getCurrency())
                .setHeader(getTranslation("collection.promise.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        promiseGrid.addColumn(v -> Formats.amount(v.paid(), l)).setHeader(getTranslation("collection.promise.paid"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        promiseGrid.addColumn(v -> Labels.of(this, v.state())).setHeader(getTranslation("collection.promise.state")).setAutoWidth(true);
        promiseGrid.addColumn(v -> String.join(", ", v.promise().getItems())).setHeader(getTranslation("collection.promise.items"));
        promiseGrid.addColumn(v -> v.promise().getContact()).setHeader(getTranslation("collection.promise.contact"));
        promiseGrid.addColumn(v -> users.displayName(v.promise().getRecordedBy())).setHeader(getTranslation("collection.promise.recordedBy"));

        activityGrid.setId("collection-activities");
        activityGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        activityGrid.setAllRowsVisible(true);
        activityGrid.addColumn(a -> Formats.date(a.getHappenedOn(), l)).setHeader(getTranslation("collection.activity.date")).setAutoWidth(true);
        activityGrid.addColumn(a -> Labels.of(this, a.getKind())).setHeader(getTranslation("collection.activity.kind")).setAutoWidth(true);
        activityGrid.addColumn(CollectionActivity::getContact).setHeader(getTranslation("collection.activity.contact")).setAutoWidth(true);
        activityGrid.addColumn(CollectionActivity::getOutcome).setHeader(getTranslation("collection.activity.outcome")).setFlexGrow(2);
        activityGrid.addColumn(a -> a.getNextAction() == null ? "" : getTranslation("collection.activity.nextLine", a.getNextAction(),
                Formats.date(a.getNextActionOn(), l))).setHeader(getTranslation("collection.activity.next")).setFlexGrow(1);
        activityGrid.addColumn(a -> users.displayName(a.getAuthor())).setHeader(getTranslation("collection.activity.author")).setAutoWidth(true);

        hold.setId("collection-hold");
        hold.addClassName("wb-error-text");
        liftHold.setText(getTranslation("collectionHold.lift"));
        liftHold.setId("collection-lift-hold");
        liftHold.addClickListener(e -> openLift());
        add(summary, hold, new HorizontalLayout(logContact, addPromise, liftHold), new H4(getTranslation("collection.items.title")), itemGrid,
                new H4(getTranslation("collection.promises.title")), promiseGrid, new DisputesSection(customer.id(), disputes, items, users, this::refresh),
                new WriteOffsSection(customer.id(), writeOffs, items, users, clock, this::refresh),
                new LettersSection(customer.id(), dunning, users), new H4(getTranslation("collection.activities.title")), activityGrid);
        refresh();
    }

    void openLift() {
        com.vaadin.flow.component.textfield.TextArea reason = new com.vaadin.flow.component.textfield.TextArea(getTranslation("collectionHold.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("lift-reason");
        com.creditwb.workbench.common.ui.FormDialog d = new com.creditwb.workbench.common.ui.FormDialog(getTranslation("collectionHold.lift"),
                getTranslation("collectionHold.lift"), () -> {
                    holds.lift(customer.id(), reason.getValue());
                    com.creditwb.workbench.common.ui.Notify.success(getTranslation("collectionHold.lifted"));
                    refresh();
                });
        d.with(reason).fields(java.util.Map.of("reason", reason));
        d.primary().setId("lift-save");
        d.open();
    }

    /** Re-reads everything from the services (after a contact or promise was stored). */
    void refresh() {
        var l = getLocale();
        var position = items.position(customer.id());
        itemGrid.setItems(position.items());
        promiseGrid.setItems(promises.promises(customer.id()));
        activityGrid.setItems(activities.activities(customer.id()));
        var onHold = holds.current(customer.id());
        hold.setVisible(onHold.isPresent());
        liftHold.setVisible(onHold.isPresent() && holds.canLift());
        onHold.ifPresent(h -> hold.setText(getTranslation("collectionHold.status", Formats.date(h.placedOn(), l), Labels.of(this, h.cause()),
                h.detail() == null ? "" : h.detail())));
        String collector = collectors.collectorOf(customer.id());
        summary.setText(getTranslation("collection.summary", Formats.amount(position.summary().open(), l), Formats.amount(position.summary().overdue(), l),
                collector == null ? getTranslation("collection.collector.none") : users.displayName(collector)));
    }
}
