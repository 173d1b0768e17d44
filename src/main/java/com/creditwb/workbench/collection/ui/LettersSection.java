package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.DunningLetter;
import com.creditwb.workbench.collection.DunningService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The customer's dunning letters on its Collections tab: level and letter, dates, amount, status, how it went, the document. */
class LettersSection extends VerticalLayout {

    final Grid<DunningLetter> grid = new Grid<>();
    final Paragraph level = new Paragraph();

    LettersSection(Long customerId, DunningService dunning, UserService users) {
        setPadding(false);
        var l = getLocale();
        level.setId("dunning-level");
        grid.setId("collection-letters");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(x -> getTranslation("dunning.levelShort", Formats.integer(x.getLevel(), l), Labels.of(this, x.getTemplate())))
                .setHeader(getTranslation("dunning.level")).setAutoWidth(true);
        grid.addColumn(x -> Formats.date(x.getSentOn() == null ? x.getProposedOn() : x.getSentOn(), l)).setHeader(getTranslation("dunning.date"))
                .setAutoWidth(true);
        grid.addColumn(x -> Formats.amount(x.getAmount(), l) + " " + x.getCurrency()).setHeader(getTranslation("dunning.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(x -> Formats.integer(x.getItems().size(), l)).setHeader(getTranslation("dunning.items")).setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(x -> String.join(", ", x.getItems())).setAutoWidth(true);
        grid.addColumn(x -> Labels.of(this, x.getStatus())).setHeader(getTranslation("dunning.status")).setAutoWidth(true);
        grid.addColumn(x -> x.getChannel() == null ? "" : x.getRecipient() == null || x.getChannel() == DunningLetter.Channel.DOWNLOAD
                ? Labels.of(this, x.getChannel()) : getTranslation("dunning.emailedTo", x.getRecipient()))
                .setHeader(getTranslation("dunning.channel")).setAutoWidth(true);
        grid.addColumn(x -> x.getSentBy() == null ? "" : users.displayName(x.getSentBy())).setHeader(getTranslation("dunning.sentBy")).setAutoWidth(true);
        grid.addComponentColumn(x -> {
            var a = ExcelFiles.download(x.fileName(), DunningView.DOCX, () -> dunning.document(x.getId()), getTranslation("dunning.download"));
            a.setId("letter-download-" + x.getId());
            return a;
        }).setAutoWidth(true).setFlexGrow(0);
        var list = dunning.letters(customerId);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        int current = dunning.levelOf(customerId);
        level.setText(current == 0 ? getTranslation("dunning.level.none") : getTranslation("dunning.level.current", Formats.integer(current, l)));
        add(new H4(getTranslation("dunning.letters")), level, grid);
    }
}
