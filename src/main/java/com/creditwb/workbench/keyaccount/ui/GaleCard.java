package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.EditableRows;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.keyaccount.KeyAccountProfile;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/** Gale's customer-value survey of one account: quality and price elements, p, and MV, CP and CV as they are typed. */
class GaleCard extends Div {

    final Problems problems = new Problems();

    private final Long customerId;
    private final transient KeyAccountService keyAccounts;
    private final transient com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;
    private final boolean editable;
    private final transient Runnable saved;
    final NumberField galeP = new NumberField();
    final EditableRows<GaleValue.Element, GaleRow> galeRows = new EditableRows<>("ka-gale", "keyaccount.gale.add", this::galeRow);
    final Span galeResult = new Span();
    final Button saveGale = new Button();
    private KeyAccountProfile profile;

    GaleCard(Long customerId, KeyAccountService keyAccounts, com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService, boolean editable, Runnable saved) {
        this.customerId = customerId;
        this.keyAccounts = keyAccounts;
        this.profileService = profileService;
        this.editable = editable;
        this.saved = saved;
        add(new H3(getTranslation("keyaccount.gale.title")), new Paragraph(getTranslation("keyaccount.gale.help")));
        addClassName("wb-card");
        galeP.setLabel(getTranslation("keyaccount.gale.p"));
        galeP.setMin(0);
        galeP.setMax(1);
        galeP.setStep(0.05);
        galeP.setId("ka-gale-p");
        galeP.setReadOnly(!editable);
        galeP.addValueChangeListener(e -> updateGale());
        galeRows.setEditable(editable);
        galeRows.onChange(this::updateGale);
        galeResult.setId("ka-gale-result");
        saveGale.setText(getTranslation("keyaccount.gale.save"));
        saveGale.setId("ka-save-gale");
        saveGale.setVisible(editable);
        saveGale.addClickListener(e -> {
            problems.attempt(() -> {
                profileService.saveGale(customerId, profile.getVersion(), survey());
                Notify.success(getTranslation("keyaccount.gale.save"));
                saved.run();
            }, Map.of("p", galeP), saved);
        });
        add(galeP, galeRows, problems, new HorizontalLayout(saveGale), new Div(galeResult));
    }

    /** One element's row: dimension, name, weight, our and the competitor's rating. */
    static final class GaleRow extends EditableRows.Row<GaleValue.Element> {
        final Select<GaleValue.Dimension> dimension = new Select<>();
        final TextField name = new TextField();
        final NumberField weight = new NumberField();
        final NumberField ours = new NumberField();
        final NumberField competitor = new NumberField();

        @Override
        public GaleValue.Element value() {
            return new GaleValue.Element(dimension.getValue(), name.getValue(), nz(weight.getValue()), nz(ours.getValue()),
                    nz(competitor.getValue()));
        }

        private static double nz(Double d) {
            return d == null ? 0 : d;
        }
    }

    private GaleRow galeRow(GaleValue.Element e) {
        GaleRow row = new GaleRow();
        row.dimension.setLabel(getTranslation("keyaccount.gale.dimension"));
        row.dimension.setItems(GaleValue.Dimension.values());
        row.dimension.setItemLabelGenerator(d -> d == null ? "" : getTranslation("keyaccount.gale." + d.name()));
        row.dimension.setValue(e == null ? GaleValue.Dimension.QUALITY : e.dimension());
        row.name.setLabel(getTranslation("keyaccount.gale.element"));
        row.name.setMaxLength(100);
        row.weight.setLabel(getTranslation("keyaccount.gale.weight"));
        row.ours.setLabel(getTranslation("keyaccount.gale.ours"));
        row.competitor.setLabel(getTranslation("keyaccount.gale.competitor"));
        if (e != null) {
            row.name.setValue(e.name());
            row.weight.setValue(e.weight());
            row.ours.setValue(e.ours());
            row.competitor.setValue(e.competitor());
        }
        row.add(row.dimension, row.name, row.weight, row.ours, row.competitor, row.remove);
        row.getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasValue<?, ?>)
                .forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).addValueChangeListener(ev -> updateGale()));
        return row;
    }

    void addGaleRow(GaleValue.Element e) {
        galeRows.addRow(e);
        updateGale();
    }

    GaleValue.Survey survey() {
        List<GaleValue.Element> elements = galeRows.values();
        return new GaleValue.Survey(galeP.getValue() == null ? 0.5 : galeP.getValue(), elements);
    }

    void updateGale() {
        try {
            GaleValue.Result r = GaleValue.of(survey());
            var l = getLocale();
            galeResult.setText(r == null ? getTranslation("keyaccount.gale.incomplete")
                    : getTranslation("keyaccount.gale.result", Formats.decimal(r.marketQuality(), l, 2), Formats.decimal(r.competitivePrice(), l, 2),
                            Formats.decimal(r.customerValue(), l, 2)));
        } catch (IllegalArgumentException e) {
            galeResult.setText(getTranslation("keyaccount.gale.invalid"));
        }
    }

    void show(KeyAccountProfile profile) {
        this.profile = profile;
        GaleValue.Survey survey = profile.getGale();
        galeP.setValue(survey.qualityWeight());
        galeRows.set(survey.elements());
        updateGale();
    }
}
