package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.Dispute;
import com.creditwb.workbench.collection.DisputeService;
import com.creditwb.workbench.collection.OpenItemService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/** A customer's disputes on its Collections tab: raise one, investigate, resolve; the late ones flagged. */
class DisputesSection extends VerticalLayout {

    final Grid<DisputeService.View> grid = new Grid<>();
    final Button raise = new Button();
    final Problems problems = new Problems();
    private final Long customerId;
    private final transient DisputeService disputes;
    private final transient OpenItemService items;
    private final transient UserService users;
    private final transient Runnable changed;

    DisputesSection(Long customerId, DisputeService disputes, OpenItemService items, UserService users, Runnable changed) {
        this.customerId = customerId;
        this.disputes = disputes;
        this.items = items;
        this.users = users;
        this.changed = changed;
        setPadding(false);
        var l = getLocale();
        raise.setText(getTranslation("collection.dispute.add"));
        raise.setId("collection-add-dispute");
        raise.addClickListener(e -> openRaise());
        grid.setId("collection-disputes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> Formats.date(v.dispute().getOpenedOn(), l)).setHeader(getTranslation("collection.dispute.opened")).setAutoWidth(true);
        grid.addColumn(v -> String.join(", ", v.dispute().getItems())).setHeader(getTranslation("collection.dispute.items")).setAutoWidth(true);
        grid.addColumn(v -> Formats.amount(v.dispute().getAmount(), l) + " " + v.dispute().getCurrency())
                .setHeader(getTranslation("collection.dispute.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(v -> Labels.of(this, v.dispute().getReason())).setHeader(getTranslation("collection.dispute.reason")).setAutoWidth(true);
        grid.addColumn(v -> v.dispute().getDescription()).setHeader(getTranslation("collection.dispute.description")).setFlexGrow(2);
        grid.addColumn(v -> users.displayName(v.dispute().getOwner())).setHeader(getTranslation("collection.dispute.owner")).setAutoWidth(true);
        grid.addColumn(v -> Labels.of(this, v.dispute().getStatus()) + (v.dispute().getResolution() == null ? ""
                : " · " + Labels.of(this, v.dispute().getResolution()) + " " + Formats.amount(v.dispute().getResolutionAmount(), l))
                + (v.late() ? " · " + getTranslation("collection.dispute.late", disputes.targetDays()) : ""))
                .setHeader(getTranslation("collection.dispute.status")).setFlexGrow(1);
        grid.addComponentColumn(v -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (disputes.canWork(v.dispute())) {
                if (v.dispute().getStatus() == Dispute.Status.OPEN) {
                    Button investigate = new Button(getTranslation("collection.dispute.investigate"),
                            e -> problems.attempt(() -> {
                                disputes.investigate(v.dispute().getId());
                                refresh();
                            }));
                    investigate.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    investigate.setId("dispute-investigate-" + v.dispute().getId());
                    actions.add(investigate);
                }
                Button resolve = new Button(getTranslation("collection.dispute.resolve"), e -> openResolve(v.dispute()));
                resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
                resolve.setId("dispute-resolve-" + v.dispute().getId());
                actions.add(resolve);
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        HorizontalLayout title = new HorizontalLayout(new H4(getTranslation("collection.disputes.title")), raise);
        title.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(title, problems, grid);
        load();
    }

    /** Re-reads this section and tells the panel (its items and figures changed too). */
    void refresh() {
        load();
        changed.run();
    }

    void load() {
        grid.setItems(disputes.disputes(customerId));
    }

    void openRaise() {
        var l = getLocale();
        List<OpenItemService.Item> open = items.openItems(customerId);
        MultiSelectComboBox<String> invoices = new MultiSelectComboBox<>(getTranslation("collection.dispute.items"));
        invoices.setItems(open.stream().map(OpenItemService.Item::invoiceNo).toList());
        Map<String, OpenItemService.Item> byNo = new java.util.HashMap<>();
        open.forEach(i -> byNo.put(i.invoiceNo(), i));
        invoices.setItemLabelGenerator(n -> getTranslation("collection.promise.itemLabel", n, Formats.amount(byNo.get(n).balance(), l),
                Formats.date(byNo.get(n).dueDate(), l)));
        invoices.setId("dispute-items");
        BigDecimalField amount = new BigDecimalField(getTranslation("collection.dispute.amount"));
        amount.setId("dispute-amount");
        ComboBox<Dispute.Reason> reason = Labels.comboBox(this, "collection.dispute.reason", Dispute.Reason.class);
        reason.setId("dispute-reason");
        TextArea description = new TextArea(getTranslation("collection.dispute.description"));
        description.setMaxLength(1000);
        description.setId("dispute-description");
        ComboBox<String> owner = new ComboBox<>(getTranslation("collection.dispute.owner"));
        com.creditwb.workbench.security.ui.UserPicker.bind(owner, users.enabledUsers());
        owner.setId("dispute-owner");
        FormLayout form = new FormLayout(invoices, amount, reason, owner, description);
        form.setColspan(invoices, 2);
        form.setColspan(description, 2);
        FormDialog d = new FormDialog(getTranslation("collection.dispute.add"), getTranslation("common.save"), () -> {
            disputes.raise(customerId, new DisputeService.DisputeCommand(List.copyOf(invoices.getSelectedItems()), amount.getValue(), reason.getValue(),
                    description.getValue(), owner.getValue(), null));
            Notify.success(getTranslation("collection.dispute.saved"));
            refresh();
        });
        d.setWidth("min(44em, 95vw)");
        d.with(form).fields(Map.of("items", invoices, "amount", amount, "reason", reason, "description", description, "owner", owner));
        d.primary().setId("dispute-save");
        d.open();
    }

    void openResolve(Dispute dispute) {
        ComboBox<Dispute.Resolution> resolution = Labels.comboBox(this, "collection.dispute.resolution", Dispute.Resolution.class);
        resolution.setId("resolve-resolution");
        BigDecimalField amount = new BigDecimalField(getTranslation("collection.dispute.resolutionAmount"));
        amount.setId("resolve-amount");
        TextArea note = new TextArea(getTranslation("collection.dispute.resolutionNote"));
        note.setMaxLength(1000);
        FormDialog d = new FormDialog(getTranslation("collection.dispute.resolve"), getTranslation("collection.dispute.resolve"), () -> {
            disputes.resolve(dispute.getId(), new DisputeService.Resolve(resolution.getValue(), amount.getValue(), note.getValue()));
            Notify.success(getTranslation("collection.dispute.resolved"));
            refresh();
        });
        d.with(new FormLayout(resolution, amount, note)).fields(Map.of("resolution", resolution, "amount", amount, "note", note));
        d.primary().setId("resolve-save");
        d.open();
    }
}
