package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceOption;
import com.creditwb.workbench.alliance.AllianceOptionService;
import com.creditwb.workbench.alliance.domain.CandidateRanking;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.OptionKind;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.AhpDialog;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.customer.CustomerRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The options (评选方案) and partner candidates of an alliance, scored on the weighted criteria, and the weights by AHP. */
class OptionsSection extends VerticalLayout {

    private final transient AllianceOptionService optionService;
    private final transient com.creditwb.workbench.customer.CustomerSearch customers;
    private final Alliance alliance;
    private final boolean editable;
    private final transient Runnable reload;

    /**
     * @param weightsChosen the criterion weights derived by AHP, saved with the alliance's form
     */
    OptionsSection(Alliance alliance, boolean editable, AllianceOptionService optionService, com.creditwb.workbench.customer.CustomerSearch customers, AhpWeights ahp, Runnable reload,
            java.util.function.Consumer<double[]> weightsChosen) {
        this.alliance = alliance;
        this.editable = editable;
        this.optionService = optionService;
        this.customers = customers;
        this.reload = reload;
        setPadding(false);
        VerticalLayout box = this;
        box.add(new H4(getTranslation("alliance.section.options")), new Paragraph(getTranslation("alliance.section.options.help")));
        box.add(optionsGrid(OptionKind.OPTION));
        Button addOption = new Button(getTranslation("alliance.option.add"), e -> openOption(OptionKind.OPTION, null));
        addOption.setId("alliance-option-add");
        Button addCandidate = new Button(getTranslation("alliance.candidate.add"), e -> openOption(OptionKind.CANDIDATE, null));
        addCandidate.setId("alliance-candidate-add");
        Button ahpButton = new Button(getTranslation("alliance.weights.ahp"), e -> new AhpDialog(ahp, getTranslation("alliance.weights"),
                java.util.Arrays.stream(Criterion.values()).map(c -> getTranslation(c.messageKey())).toList(), null, (w, upper) -> weightsChosen.accept(w)).open());
        ahpButton.setId("alliance-weights-ahp");
        for (Button b : List.of(addOption, addCandidate, ahpButton)) {
            b.setVisible(editable);
        }
        box.add(new HorizontalLayout(addOption, ahpButton));
        box.add(new Paragraph(getTranslation("alliance.weights.now", String.join(" · ", java.util.Arrays.stream(Criterion.values())
                .map(c -> getTranslation(c.messageKey()) + " " + Formats.percent(alliance.getCriterionWeights().get(c), getLocale())).toList()))));
        box.add(new H4(getTranslation("alliance.section.candidates")), optionsGrid(OptionKind.CANDIDATE), addCandidate);
    }

    private Grid<AllianceOption> optionsGrid(OptionKind kind) {
        Grid<AllianceOption> grid = new Grid<>();
        grid.setId("alliance-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "s");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AllianceOption::getName).setHeader(getTranslation("alliance.field.name")).setFlexGrow(2);
        for (Criterion c : Criterion.values()) {
            grid.addColumn(o -> o.getScores().get(c) == null ? "" : String.valueOf(o.getScores().get(c)))
                    .setHeader(getTranslation(c.messageKey())).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(o -> {
            Double s = CandidateRanking.score(o.getScores(), alliance.getCriterionWeights());
            return s == null ? "" : Formats.decimal(s, getLocale(), 2);
        }).setHeader(getTranslation("alliance.field.weightedScore")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> {
            if (o.isChosen()) {
                Span chosen = new Span(getTranslation("alliance.option.chosen"));
                chosen.getElement().getThemeList().add("badge success");
                return chosen;
            }
            Button choose = new Button(getTranslation("alliance.option.choose"), e -> {
                optionService.choose(alliance.getId(), o.getId());
                reload.run();
            });
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            choose.setEnabled(editable);
            return choose;
        }).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addItemDoubleClickListener(e -> openOption(kind, e.getItem()));
        }
        grid.setItems(alliance.ranked(kind));
        grid.setAllRowsVisible(true);
        return grid;
    }

    void openOption(OptionKind kind, AllianceOption existing) {
        TextField optionName = new TextField(getTranslation("alliance.field.name"));
        optionName.setWidthFull();
        optionName.setId("option-name");
        TextArea description = new TextArea(getTranslation("alliance.field.description"));
        description.setWidthFull();
        ComboBox<CustomerRecord> customer = new ComboBox<>(getTranslation("alliance.field.partnerCustomer"));
        com.creditwb.workbench.customer.ui.CustomerPicker.bind(customer, customers);
        customer.setWidthFull();
        customer.setVisible(kind == OptionKind.CANDIDATE);
        customer.setHelperText(getTranslation("alliance.candidate.strengthHelp"));
        Map<Criterion, Select<Integer>> scores = new EnumMap<>(Criterion.class);
        FormLayout grid = new FormLayout();
        for (Criterion c : Criterion.values()) {
            Select<Integer> s = new Select<>();
            s.setLabel(getTranslation(c.messageKey()));
            s.setItems(AllianceView.SCORES);
            s.setEmptySelectionAllowed(true);
            s.setId("option-score-" + c.name());
            if (existing != null) {
                s.setValue(existing.getScores().get(c));
            }
            scores.put(c, s);
            grid.add(s);
        }
        if (existing != null) {
            optionName.setValue(existing.getName());
            description.setValue(existing.getDescription() == null ? "" : existing.getDescription());
        }
        FormDialog d = new FormDialog(getTranslation(kind == OptionKind.OPTION ? "alliance.option.add" : "alliance.candidate.add"),
                getTranslation("common.save"), () -> {
                    Map<Criterion, Integer> given = new EnumMap<>(Criterion.class);
                    scores.forEach((c, s) -> {
                        if (s.getValue() != null) {
                            given.put(c, s.getValue());
                        }
                    });
                    optionService.saveOption(alliance.getId(), existing == null ? null : existing.getId(), kind, optionName.getValue(),
                            description.getValue(), customer.getValue() == null ? (existing == null ? null : existing.getCustomerId())
                                    : customer.getValue().id(), given);
                    reload.run();
                });
        d.with(optionName, customer, description, grid).fields(Map.of("name", optionName, "description", description,
                "customer", customer));
        d.setWidth("40em");
        d.primary().setId("option-save");
        d.problems().setId("option-problems");
        d.open();
    }

}
