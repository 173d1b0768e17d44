package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceContribution;
import com.creditwb.workbench.alliance.AllianceForm;
import com.creditwb.workbench.alliance.AllianceOption;
import com.creditwb.workbench.alliance.AlliancePartner;
import com.creditwb.workbench.alliance.AllianceReview;
import com.creditwb.workbench.alliance.AllianceRisk;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.AllianceStage;
import com.creditwb.workbench.alliance.CandidateRanking;
import com.creditwb.workbench.alliance.CompositionForm;
import com.creditwb.workbench.alliance.ContributionKind;
import com.creditwb.workbench.alliance.ContributionStatus;
import com.creditwb.workbench.alliance.Criterion;
import com.creditwb.workbench.alliance.DistributionForm;
import com.creditwb.workbench.alliance.GateException;
import com.creditwb.workbench.alliance.OptionKind;
import com.creditwb.workbench.alliance.ParticipantForm;
import com.creditwb.workbench.alliance.PowerBase;
import com.creditwb.workbench.alliance.PowerRating;
import com.creditwb.workbench.alliance.Principle;
import com.creditwb.workbench.alliance.RiskStatus;
import com.creditwb.workbench.alliance.RiskType;
import com.creditwb.workbench.alliance.StageMove;
import com.creditwb.workbench.alliance.export.AllianceExport;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.AhpDialog;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.ui.CustomerDetailView;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options (评选方案) and partner candidates of an alliance, scored on the weighted criteria, and the weights by AHP. */
class OptionsSection extends VerticalLayout {

    private final transient AllianceService alliances;
    private final transient CustomerService customers;
    private final Alliance alliance;
    private final boolean editable;
    private final transient Runnable reload;

    /**
     * @param weightsChosen the criterion weights derived by AHP, saved with the alliance's form
     */
    OptionsSection(Alliance alliance, boolean editable, AllianceService alliances, CustomerService customers, AhpWeights ahp, Runnable reload,
            java.util.function.Consumer<double[]> weightsChosen) {
        this.alliance = alliance;
        this.editable = editable;
        this.alliances = alliances;
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
                alliances.choose(alliance.getId(), o.getId());
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
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(kind == OptionKind.OPTION ? "alliance.option.add" : "alliance.candidate.add"));
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
        d.add(new VerticalLayout(optionName, customer, description, grid));
        d.setWidth("40em");
        Button ok = new Button(getTranslation("common.save"), e -> {
            Map<Criterion, Integer> given = new EnumMap<>(Criterion.class);
            scores.forEach((c, s) -> {
                if (s.getValue() != null) {
                    given.put(c, s.getValue());
                }
            });
            try {
                alliances.saveOption(alliance.getId(), existing == null ? null : existing.getId(), kind, optionName.getValue(),
                        description.getValue(), customer.getValue() == null ? (existing == null ? null : existing.getCustomerId())
                                : customer.getValue().id(), given);
                d.close();
                reload.run();
            } catch (ValidationException ex) {
                AllianceView.showErrors(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("option-save");
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.open();
    }

}
