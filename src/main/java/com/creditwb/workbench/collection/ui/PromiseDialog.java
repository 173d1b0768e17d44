package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.OpenItemService;
import com.creditwb.workbench.collection.PromiseService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Notify;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Records a promise to pay: the fields make a {@link PromiseService.PromiseCommand} for the service. */
class PromiseDialog extends FormDialog {

    final BigDecimalField amount = new BigDecimalField();
    final DatePicker date = new DatePicker();
    final MultiSelectComboBox<String> items = new MultiSelectComboBox<>();
    final TextField contact = new TextField();
    final TextArea note = new TextArea();

    PromiseDialog(Long customerId, List<OpenItemService.Item> open, PromiseService promises, Clock clock, Runnable saved) {
        super(new TextField().getTranslation("collection.promise.add"), new TextField().getTranslation("common.save"));
        var l = getLocale();
        LocalDate today = LocalDate.now(clock);
        amount.setLabel(getTranslation("collection.promise.amount"));
        amount.setId("promise-amount");
        date.setLabel(getTranslation("collection.promise.date"));
        date.setLocale(l);
        date.setMin(today);
        date.setId("promise-date");
        items.setLabel(getTranslation("collection.promise.items"));
        items.setItems(open.stream().map(OpenItemService.Item::invoiceNo).toList());
        Map<String, OpenItemService.Item> byNo = new java.util.HashMap<>();
        open.forEach(i -> byNo.put(i.invoiceNo(), i));
        items.setItemLabelGenerator(n -> getTranslation("collection.promise.itemLabel", n, Formats.amount(byNo.get(n).balance(), l),
                Formats.date(byNo.get(n).dueDate(), l)));
        items.setHelperText(getTranslation("collection.promise.itemsHelp"));
        items.setId("promise-items");
        contact.setLabel(getTranslation("collection.promise.contact"));
        contact.setMaxLength(200);
        contact.setId("promise-contact");
        note.setLabel(getTranslation("collection.promise.note"));
        note.setMaxLength(1000);
        note.setId("promise-note");
        FormLayout form = new FormLayout(amount, date, items, contact, note);
        form.setColspan(items, 2);
        form.setColspan(note, 2);
        setWidth("min(44em, 95vw)");
        with(form).fields(Map.of("amount", amount, "date", date, "items", items, "contact", contact, "note", note));
        primary().setId("promise-save");
        onPrimary(() -> {
            promises.promise(customerId, new PromiseService.PromiseCommand(amount.getValue(), date.getValue(), List.copyOf(items.getSelectedItems()),
                    contact.getValue(), note.getValue()));
            Notify.success(getTranslation("collection.promise.saved"));
            saved.run();
        });
    }
}
