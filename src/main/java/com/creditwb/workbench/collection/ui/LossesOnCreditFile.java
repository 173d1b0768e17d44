package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.OpenItemService;
import com.creditwb.workbench.collection.WriteOffService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.ui.CreditFileSection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;

/** The customer's bad-debt losses (坏账损失) on its credit file: written off, recovered, net — each write-off on the Collections tab. */
@org.springframework.stereotype.Component
class LossesOnCreditFile implements CreditFileSection {

    private final WriteOffService writeOffs;
    private final OpenItemService items;

    LossesOnCreditFile(WriteOffService writeOffs, OpenItemService items) {
        this.writeOffs = writeOffs;
        this.items = items;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(CustomerRecord customer) {
        if (!items.canRead(customer.id())) {
            return Optional.empty();
        }
        return Optional.of(new Section(customer.id(), writeOffs.writeOffs(customer.id())));
    }

    static final class Section extends VerticalLayout {

        final Paragraph text = new Paragraph();

        Section(Long customerId, List<WriteOffService.View> list) {
            setPadding(false);
            setId("credit-file-losses");
            var l = getLocale();
            WriteOffService.Losses loss = WriteOffService.Losses.of(list);
            text.setText(loss.approved() == 0 ? getTranslation("collection.losses.none")
                    : getTranslation("collection.losses.line", Formats.integer(loss.approved(), l), Formats.amount(loss.writtenOff(), l),
                            Formats.amount(loss.recovered(), l), Formats.amount(loss.net(), l)));
            add(new H3(getTranslation("collection.losses.title")), text,
                    new Anchor("customers/" + customerId + "?tab=collections", getTranslation("collection.losses.open")));
        }
    }
}
