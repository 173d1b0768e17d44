package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.OpenItemService;
import com.creditwb.workbench.collection.WriteOff;
import com.creditwb.workbench.collection.WriteOffService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A customer's write-offs on its Collections tab: its losses, propose, decide (four-eyes, authority), recoveries. */
class WriteOffsSection extends VerticalLayout {

    final Grid<WriteOffService.View> grid = new Grid<>();
    final Button propose = new Button();
    final Paragraph losses = new Paragraph();
    private final Long customerId;
    private final transient WriteOffService writeOffs;
    private final transient OpenItemService items;
    private final transient UserService users;
    private final transient Clock clock;
    private final transient Runnable changed;

    WriteOffsSection(Long customerId, WriteOffService writeOffs, OpenItemService items, UserService users, Clock clock, Runnable changed) {
        this.customerId = customerId;
        this.writeOffs = writeOffs;
        this.items = items;
        this.users = users;
        this.clock = clock;
        this.changed = changed;
        setPadding(false);
        var l = getLocale();
        propose.setText(getTranslation("collection.writeOff.add"));
        propose.setId("collection-propose-write-off");
        propose.setVisible(writeOffs.canPropose());
        propose.addClickListener(e -> openPropose());
        losses.setId("collection-losses");
        grid.setId("collection-write-offs");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> Formats.date(v.writeOff().getProposedOn(), l)).setHeader(getTranslation("collection.writeOff.proposed")).setAutoWidth(true);
        grid.addColumn(v -> String.join(", ", v.writeOff().getItems())).setHeader(getTranslation("collection.writeOff.items")).setAutoWidth(true);
        grid.addColumn(v -> Formats.amount(v.writeOff().getAmount(), l) + " " + v.writeOff().getCurrency())
                .setHeader(getTranslation("collection.writeOff.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(v -> v.writeOff().getReason()).setHeader(getTranslation("collection.writeOff.reason")).setFlexGrow(2);
        grid.addColumn(v -> users.displayName(v.writeOff().getProposedBy())).setHeader(getTranslation("collection.writeOff.proposedBy")).setAutoWidth(true);
        grid.addColumn(v -> Labels.of(this, v.writeOff().getStatus()) + (v.writeOff().getDecidedBy() == null ? ""
                : " · " + users.displayName(v.writeOff().getDecidedBy()))).setHeader(getTranslation("collection.writeOff.status")).setAutoWidth(true);
        grid.addColumn(v -> Formats.amount(v.recovered(), l)).setHeader(getTranslation("collection.writeOff.recovered"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(v -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (writeOffs.canDecide(v.writeOff())) {
                Button decide = new Button(getTranslation("collection.writeOff.decide"), e -> openDecision(v.writeOff()));
                decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
                decide.setId("write-off-decide-" + v.writeOff().getId());
                actions.add(decide);
            }
            if (v.writeOff().getStatus() == WriteOff.Status.APPROVED && writeOffs.canRecover() && v.netLoss().signum() > 0) {
                Button recover = new Button(getTranslation("collection.writeOff.recover"), e -> openRecovery(v));
                recover.addThemeVariants(ButtonVariant.LUMO_SMALL);
                recover.setId("write-off-recover-" + v.writeOff().getId());
                actions.add(recover);
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        HorizontalLayout title = new HorizontalLayout(new H4(getTranslation("collection.writeOffs.title")), propose);
        title.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(title, losses, grid);
        load();
    }

    /** Re-reads this section and tells the panel (its items and figures changed too). */
    void refresh() {
        load();
        changed.run();
    }

    void load() {
        var l = getLocale();
        List<WriteOffService.View> list = writeOffs.writeOffs(customerId);
        grid.setItems(list);
        WriteOffService.Losses loss = WriteOffService.Losses.of(list);
        losses.setText(getTranslation("collection.writeOff.losses", Formats.amount(loss.writtenOff(), l), Formats.amount(loss.recovered(), l),
                Formats.amount(loss.net(), l)));
    }

    void openPropose() {
        var l = getLocale();
        List<OpenItemService.Item> open = items.openItems(customerId);
        MultiSelectComboBox<String> invoices = new MultiSelectComboBox<>(getTranslation("collection.writeOff.items"));
        invoices.setItems(open.stream().map(OpenItemService.Item::invoiceNo).toList());
        Map<String, OpenItemService.Item> byNo = new java.util.HashMap<>();
        open.forEach(i -> byNo.put(i.invoiceNo(), i));
        invoices.setItemLabelGenerator(n -> getTranslation("collection.promise.itemLabel", n, Formats.amount(byNo.get(n).balance(), l),
                Formats.date(byNo.get(n).dueDate(), l)));
        invoices.setId("write-off-items");
        BigDecimalField amount = new BigDecimalField(getTranslation("collection.writeOff.amount"));
        amount.setId("write-off-amount");
        TextArea reason = new TextArea(getTranslation("collection.writeOff.reason"));
        reason.setMaxLength(1000);
        reason.setId("write-off-reason");
        FormLayout form = new FormLayout(invoices, amount, reason);
        form.setColspan(invoices, 2);
        form.setColspan(reason, 2);
        FormDialog d = new FormDialog(getTranslation("collection.writeOff.add"), getTranslation("common.save"), () -> {
            writeOffs.propose(customerId, new WriteOffService.Proposal(List.copyOf(invoices.getSelectedItems()), amount.getValue(), reason.getValue()));
            Notify.success(getTranslation("collection.writeOff.saved"));
            refresh();
        });
        d.setWidth("min(44em, 95vw)");
        d.with(form).fields(Map.of("items", invoices, "amount", amount, "reason", reason));
        d.primary().setId("write-off-save");
        d.open();
    }

    void openDecision(WriteOff w) {
        TextArea reason = new TextArea(getTranslation("collection.writeOff.decisionReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("write-off-decision-reason");
        ComboBox<String> to = new ComboBox<>(getTranslation("collection.writeOff.escalateTo"));
        com.creditwb.workbench.security.ui.UserPicker.bind(to, users.creditManagers());
        to.setId("write-off-to");
        VerticalLayout body = new VerticalLayout(new Div(getTranslation("collection.writeOff.amount") + ": "
                + Formats.amount(w.getAmount(), getLocale()) + " " + w.getCurrency() + " — " + w.getReason()), reason, to);
        body.setPadding(false);
        FormDialog d = new FormDialog(getTranslation("collection.writeOff.decide"), getTranslation("collection.writeOff.approve"), () -> {
            writeOffs.approve(w.getId(), reason.getValue());
            decided();
        });
        d.primary().setId("write-off-approve");
        d.primary().setVisible(writeOffs.withinAuthority(w));
        if (!writeOffs.withinAuthority(w)) {
            body.addComponentAtIndex(1, new Div(getTranslation("collection.writeOff.aboveAuthority")));
        }
        Button reject = new Button(getTranslation("collection.writeOff.reject"), e -> d.attempt(() -> {
            writeOffs.reject(w.getId(), reason.getValue());
            decided();
        }));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("write-off-reject");
        Button escalate = new Button(getTranslation("collection.writeOff.escalate"), e -> d.attempt(() -> {
            writeOffs.escalate(w.getId(), to.getValue(), reason.getValue());
            decided();
        }));
        escalate.setId("write-off-escalate");
        d.getFooter().addComponentAtIndex(1, escalate);
        d.getFooter().addComponentAtIndex(2, reject);
        d.with(body).fields(Map.of("reason", reason, "to", to));
        d.setWidth("min(40em, 95vw)");
        d.open();
    }

    private void decided() {
        Notify.success(getTranslation("collection.writeOff.decided"));
        refresh();
    }

    void openRecovery(WriteOffService.View v) {
        BigDecimalField amount = new BigDecimalField(getTranslation("collection.writeOff.amount"));
        amount.setValue(v.netLoss());
        amount.setId("recovery-amount");
        DatePicker date = new DatePicker(getTranslation("collection.writeOff.recoveryDate"));
        date.setLocale(getLocale());
        LocalDate today = LocalDate.now(clock);
        date.setValue(today);
        date.setMax(today);
        TextField reference = new TextField(getTranslation("collection.writeOff.reference"));
        reference.setMaxLength(64);
        FormDialog d = new FormDialog(getTranslation("collection.writeOff.recover"), getTranslation("common.save"), () -> {
            writeOffs.recover(v.writeOff().getId(), new WriteOffService.RecoveryCommand(amount.getValue(), date.getValue(), reference.getValue()));
            Notify.success(getTranslation("collection.writeOff.recoverySaved"));
            refresh();
        });
        d.with(new FormLayout(amount, date, reference)).fields(Map.of("amount", amount, "date", date, "reference", reference));
        d.primary().setId("recovery-save");
        d.open();
    }
}
