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
import com.creditwb.workbench.customer.Customer;
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

/**
 * One alliance: its stage with the move to the next one (refused with what is missing), and tabs for the
 * overview and form, options and partners, agreement and contributions, governance, risks and health.
 * Editable by the owner and the team while not ended; read-only to credit managers and administrators.
 */
@Route("alliances/:id")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
public class AllianceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

    private final transient AllianceService alliances;
    private final transient CustomerService customers;
    private final transient UserService users;
    private final transient AhpWeights ahp;
    private final transient AllianceExport export;
    private final transient List<AllianceTab> featureTabs;
    Alliance alliance;
    boolean editable;
    final TabSheet tabs = new TabSheet();
    final Span stageBadge = new Span();
    final Button next = new Button();
    final Button end = new Button();
    final Button save = new Button();
    final Div gateProblems = new Div();

    final TextField name = new TextField();
    final TextArea goal = new TextArea();
    final MultiSelectComboBox<String> team = new MultiSelectComboBox<>();
    final DatePicker startDate = new DatePicker();
    final DatePicker plannedEndDate = new DatePicker();
    final IntegerField reviewInterval = new IntegerField();
    Select<ParticipantForm> participantForm;
    Select<CompositionForm> compositionForm;
    final Checkbox producerDistributor = new Checkbox();
    Select<DistributionForm> distributionForm;
    final Map<PowerBase, Select<Integer>> powerScores = new EnumMap<>(PowerBase.class);
    final Map<PowerBase, TextField> powerEvidence = new EnumMap<>(PowerBase.class);
    final DatePicker signedDate = new DatePicker();
    final TextArea termsScope = new TextArea();
    final TextField termsExclusivity = new TextField();
    final TextField termsTerritory = new TextField();
    final TextField termsDuration = new TextField();
    final TextField termsExit = new TextField();
    final TextArea steeringCommittee = new TextArea();
    final TextField meetingCadence = new TextField();
    Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);

    final Map<Principle, Select<Integer>> ours = new EnumMap<>(Principle.class);
    final Map<Principle, Select<Integer>> theirs = new EnumMap<>(Principle.class);
    final Map<Principle, TextField> comments = new EnumMap<>(Principle.class);
    final DatePicker reviewDate = new DatePicker();
    final Chart radar = new Chart();
    final Chart trend = new Chart();

    private final java.time.Clock clock;
    PartnersSection partnersSection;

    public AllianceView(AllianceService alliances, CustomerService customers, UserService users, AhpWeights ahp, AllianceExport export,
            org.springframework.beans.factory.ObjectProvider<AllianceTab> featureTabs, java.time.Clock clock) {
        this.clock = clock;
        this.featureTabs = featureTabs.orderedStream().sorted(java.util.Comparator.comparingInt(AllianceTab::order)).toList();
        this.alliances = alliances;
        this.customers = customers;
        this.users = users;
        this.ahp = ahp;
        this.export = export;
        setWidthFull();
        // the buttons live as long as the view; each show() places them in a new header
        next.addClickListener(e -> moveNext());
        end.addClickListener(e -> openEnd());
        save.addClickListener(e -> saveForm());
    }

    /** The route parameters of the alliance's page. */
    public static com.vaadin.flow.router.RouteParameters parameters(Long id) {
        return new com.vaadin.flow.router.RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().get("id").flatMap(AllianceView::parse).orElse(null);
        try {
            if (id == null) {
                throw new NotFoundException("Alliance", null);
            }
            show(alliances.open(id, ReadChannel.UI));
        } catch (NotFoundException e) {
            removeAll();
            add(new H2(getTranslation("alliance.notFound")));
        }
    }

    private static java.util.Optional<Long> parse(String s) {
        try {
            return java.util.Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    void reload() {
        show(alliances.get(alliance.getId()));
    }

    void show(Alliance a) {
        alliance = a;
        editable = alliances.canEdit(a);
        removeAll();
        int selected = Math.max(0, tabs.getSelectedIndex());
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        add(header());
        gateProblems.setId("alliance-gate");
        gateProblems.addClassName("wb-problems");
        gateProblems.removeAll();
        add(gateProblems);
        fillForm(a);
        tabs.add(getTranslation("alliance.tab.overview"), overview());
        tabs.add(getTranslation("alliance.tab.partners"), partnersTab());
        tabs.add(getTranslation("alliance.tab.agreement"), agreementTab());
        tabs.add(getTranslation("alliance.tab.governance"), governanceTab());
        tabs.add(getTranslation("alliance.tab.risks"), risksTab());
        tabs.add(getTranslation("alliance.tab.health"), healthTab());
        for (AllianceTab tab : featureTabs) {
            if (tab.visible()) {
                tabs.add(getTranslation(tab.labelKey()), tab.create(a));
            }
        }
        tabs.setWidthFull();
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        add(tabs);
    }

    private Component header() {
        H2 title = new H2(alliance.getName());
        stageBadge.setText(Labels.of(this, alliance.getStage()));
        stageBadge.getElement().getThemeList().clear();
        stageBadge.getElement().getThemeList().add("badge" + (alliance.getStage() == AllianceStage.ENDED ? " contrast" : ""));
        stageBadge.setId("alliance-stage");
        boolean movable = alliances.canMove(alliance);
        AllianceStage following = alliance.getStage().ordinal() + 1 < AllianceStage.ENDED.ordinal()
                ? AllianceStage.values()[alliance.getStage().ordinal() + 1] : null;
        next.setText(following == null ? "" : getTranslation("alliance.moveTo", Labels.of(this, following)));
        next.setId("alliance-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setVisible(movable && following != null);
        end.setText(getTranslation("alliance.end"));
        end.setId("alliance-end");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.setVisible(movable);
        save.setText(getTranslation("common.save"));
        save.setId("alliance-save");
        save.setVisible(editable);
        Anchor dossier = ExcelFiles.download("alliance-" + alliance.getId() + ".xlsx",
                () -> export.dossier(alliance.getId(), getLocale()), getTranslation("alliance.export.dossier"));
        dossier.setId("alliance-dossier");
        Button back = new Button(getTranslation("alliance.back"), e -> getUI().ifPresent(ui -> ui.navigate(AlliancesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(back, title, stageBadge, next, end, save, dossier);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        head.setWidthFull();
        return head;
    }

    void moveNext() {
        AllianceStage following = AllianceStage.values()[alliance.getStage().ordinal() + 1];
        move(following, null, null);
    }

    void move(AllianceStage target, String reason, LocalDate endDate) {
        try {
            Alliance moved = alliances.move(alliance.getId(), alliance.getVersion(), target, reason, endDate);
            Notify.success(getTranslation("alliance.moved", Labels.of(this, moved.getStage())));
            show(alliances.get(moved.getId()));
        } catch (GateException e) {
            gateProblems.removeAll();
            gateProblems.add(new Div(getTranslation("alliance.gate.title", Labels.of(this, target))));
            e.unmet().forEach(u -> gateProblems.add(new Div(getTranslation("alliance.gate." + u.code()))));
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, this::reload);
        }
    }

    void openEnd() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("alliance.end"));
        DatePicker date = new DatePicker(getTranslation("alliance.field.endDate"));
        date.setValue(LocalDate.now(clock));
        date.setId("end-date");
        TextArea reason = new TextArea(getTranslation("alliance.field.endReason"));
        reason.setWidthFull();
        reason.setId("end-reason");
        d.add(new VerticalLayout(date, reason));
        Button ok = new Button(getTranslation("alliance.end"), e -> {
            d.close();
            move(AllianceStage.ENDED, reason.getValue(), date.getValue());
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.setId("end-confirm");
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.open();
    }

    // --- the form: overview, type, agreement and governance fields, saved together -----------------------

    private void fillForm(Alliance a) {
        name.setLabel(getTranslation("alliance.field.name"));
        name.setValue(a.getName());
        name.setWidthFull();
        name.setId("alliance-name");
        goal.setLabel(getTranslation("alliance.field.goal"));
        goal.setHelperText(getTranslation("alliance.field.goal.help"));
        goal.setValue(a.getGoal() == null ? "" : a.getGoal());
        goal.setWidthFull();
        goal.setId("alliance-goal");
        team.setLabel(getTranslation("alliance.field.team"));
        com.creditwb.workbench.security.ui.UserPicker.bind(team, users.accountManagers().stream().filter(u -> !u.username().equals(a.getOwner())).toList());
        team.setValue(a.getTeam());
        startDate.setLabel(getTranslation("alliance.field.startDate"));
        startDate.setValue(a.getStartDate());
        plannedEndDate.setLabel(getTranslation("alliance.field.plannedEndDate"));
        plannedEndDate.setValue(a.getPlannedEndDate());
        reviewInterval.setLabel(getTranslation("alliance.field.reviewInterval"));
        reviewInterval.setMin(1);
        reviewInterval.setMax(36);
        reviewInterval.setValue(a.getReviewIntervalMonths());
        participantForm = Labels.select(this, "alliance.field.participantForm", ParticipantForm.class);
        participantForm.setEmptySelectionAllowed(true);
        participantForm.setValue(a.getParticipantForm());
        participantForm.setId("alliance-participant");
        compositionForm = Labels.select(this, "alliance.field.compositionForm", CompositionForm.class);
        compositionForm.setEmptySelectionAllowed(true);
        compositionForm.setValue(a.getCompositionForm());
        compositionForm.setId("alliance-composition");
        producerDistributor.setLabel(getTranslation("alliance.field.producerDistributor"));
        producerDistributor.setValue(a.isProducerDistributor());
        producerDistributor.setId("alliance-producer-distributor");
        distributionForm = Labels.select(this, "alliance.field.distributionForm", DistributionForm.class);
        distributionForm.setEmptySelectionAllowed(true);
        distributionForm.setValue(a.getDistributionForm());
        for (PowerBase b : PowerBase.values()) {
            Select<Integer> s = new Select<>();
            s.setLabel(getTranslation(b.messageKey()));
            s.setItems(SCORES);
            s.setEmptySelectionAllowed(true);
            s.setHelperText(getTranslation("alliance.powerBase." + b.name() + ".help"));
            s.setWidth("20em");
            PowerRating r = a.getPowerBases().get(b);
            s.setValue(r == null ? null : r.score());
            TextField ev = new TextField(getTranslation("alliance.field.evidence"));
            ev.setValue(r == null || r.evidence() == null ? "" : r.evidence());
            ev.setWidthFull();
            powerScores.put(b, s);
            powerEvidence.put(b, ev);
        }
        signedDate.setLabel(getTranslation("alliance.field.signedDate"));
        signedDate.setValue(a.getSignedDate());
        signedDate.setId("alliance-signed");
        for (Object[] f : new Object[][] {{termsScope, "termsScope", a.getTermsScope()}, {termsExclusivity, "termsExclusivity", a.getTermsExclusivity()},
            {termsTerritory, "termsTerritory", a.getTermsTerritory()}, {termsDuration, "termsDuration", a.getTermsDuration()},
            {termsExit, "termsExit", a.getTermsExit()}, {steeringCommittee, "steeringCommittee", a.getSteeringCommittee()},
            {meetingCadence, "meetingCadence", a.getMeetingCadence()}}) {
            var field = (com.vaadin.flow.component.AbstractField<?, String>) f[0];
            ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation("alliance.field." + f[1]));
            field.setValue(f[2] == null ? "" : (String) f[2]);
            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
            ((Component) field).setId("alliance-" + f[1]);
        }
        weights = new EnumMap<>(a.getCriterionWeights());
        for (var c : List.<com.vaadin.flow.component.HasValue<?, ?>>of(name, goal, team, startDate, plannedEndDate, reviewInterval,
                participantForm, compositionForm, producerDistributor, distributionForm, signedDate, termsScope, termsExclusivity,
                termsTerritory, termsDuration, termsExit, steeringCommittee, meetingCadence)) {
            c.setReadOnly(!editable);
        }
        powerScores.values().forEach(s -> s.setReadOnly(!editable));
        powerEvidence.values().forEach(s -> s.setReadOnly(!editable));
    }

    AllianceForm form() {
        Map<PowerBase, PowerRating> power = new EnumMap<>(PowerBase.class);
        powerScores.forEach((b, s) -> {
            if (s.getValue() != null) {
                power.put(b, new PowerRating(s.getValue(), powerEvidence.get(b).getValue().isBlank() ? null : powerEvidence.get(b).getValue()));
            }
        });
        return new AllianceForm(name.getValue(), goal.getValue(), Set.copyOf(team.getValue()), startDate.getValue(), plannedEndDate.getValue(),
                participantForm.getValue(), compositionForm.getValue(), producerDistributor.getValue(), distributionForm.getValue(), power,
                weights, signedDate.getValue(), termsScope.getValue(), termsExclusivity.getValue(), termsTerritory.getValue(),
                termsDuration.getValue(), termsExit.getValue(), steeringCommittee.getValue(), meetingCadence.getValue(),
                reviewInterval.getValue(), null);
    }

    /** Saves the form (the partners are changed one at a time by their own section); a stale copy asks to reload. */
    boolean saveForm() {
        try {
            alliances.update(alliance.getId(), alliance.getVersion(), form());
            Notify.success(getTranslation("alliance.saved"));
            reload();
            return true;
        } catch (ValidationException e) {
            showErrors(e);
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, this::reload);
        }
        return false;
    }

    private Component overview() {
        FormLayout f = new FormLayout(name, startDate, plannedEndDate, reviewInterval);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        f.setColspan(name, 4);
        VerticalLayout box = new VerticalLayout(f, goal, team);
        team.setWidthFull();
        box.add(new H4(getTranslation("alliance.section.type")));
        FormLayout type = new FormLayout(participantForm, compositionForm, producerDistributor, distributionForm);
        type.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        box.add(type, new Paragraph(getTranslation("alliance.section.type.help")));
        VerticalLayout power = new VerticalLayout(new H4(getTranslation("alliance.section.power")));
        power.setPadding(false);
        for (PowerBase b : PowerBase.values()) {
            HorizontalLayout row = new HorizontalLayout(powerScores.get(b), powerEvidence.get(b));
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            power.add(row);
        }
        power.setVisible(alliance.isProducerDistributor());
        producerDistributor.addValueChangeListener(e -> power.setVisible(e.getValue()));
        box.add(power);
        box.add(new H4(getTranslation("alliance.section.moves")));
        Grid<StageMove> moves = new Grid<>();
        moves.addThemeVariants(GridVariant.LUMO_COMPACT);
        moves.addColumn(m -> Formats.dateTime(m.getAt(), getLocale(), java.time.ZoneId.systemDefault())).setHeader(getTranslation("alliance.field.when"))
                .setAutoWidth(true);
        moves.addColumn(m -> m.getFrom() == null ? "" : Labels.of(this, m.getFrom())).setHeader(getTranslation("alliance.field.from"));
        moves.addColumn(m -> Labels.of(this, m.getTo())).setHeader(getTranslation("alliance.field.to"));
        moves.addColumn(m -> users.displayName(m.getBy())).setHeader(getTranslation("alliance.field.by"));
        moves.addColumn(m -> m.getReason() == null ? "" : m.getReason()).setHeader(getTranslation("alliance.field.reason")).setFlexGrow(2);
        moves.setItems(alliance.getMoves());
        moves.setAllRowsVisible(true);
        box.add(moves);
        if (alliances.canSeeOpenings(alliance)) {
            box.add(new H4(getTranslation("alliance.section.openings")));
            Grid<com.creditwb.workbench.common.audit.ReadLogEntry> openings = new Grid<>();
            openings.addThemeVariants(GridVariant.LUMO_COMPACT);
            openings.addColumn(o -> Formats.dateTime(o.getReadAt(), getLocale(), java.time.ZoneId.systemDefault()))
                    .setHeader(getTranslation("alliance.field.when"));
            openings.addColumn(o -> users.displayName(o.getReadBy())).setHeader(getTranslation("alliance.field.by"));
            openings.addColumn(o -> Labels.of(this, o.getChannel())).setHeader(getTranslation("alliance.field.channel"));
            List<com.creditwb.workbench.common.audit.ReadLogEntry> list = alliances.openings(alliance.getId());
            openings.setItems(list.subList(0, Math.min(50, list.size())));
            openings.setAllRowsVisible(true);
            box.add(openings);
        }
        return box;
    }

    // --- partners, options and candidates --------------------------------------------------------------

    private Component partnersTab() {
        partnersSection = new PartnersSection(alliance, editable, alliances, customers, this::reload);
        VerticalLayout box = new VerticalLayout(partnersSection);

        box.add(new H4(getTranslation("alliance.section.options")), new Paragraph(getTranslation("alliance.section.options.help")));
        box.add(optionsGrid(OptionKind.OPTION));
        Button addOption = new Button(getTranslation("alliance.option.add"), e -> openOption(OptionKind.OPTION, null));
        addOption.setId("alliance-option-add");
        Button addCandidate = new Button(getTranslation("alliance.candidate.add"), e -> openOption(OptionKind.CANDIDATE, null));
        addCandidate.setId("alliance-candidate-add");
        Button ahpButton = new Button(getTranslation("alliance.weights.ahp"), e -> new AhpDialog(ahp, getTranslation("alliance.weights"),
                java.util.Arrays.stream(Criterion.values()).map(c -> getTranslation(c.messageKey())).toList(), null, (w, upper) -> {
                    weights = new EnumMap<>(Criterion.class);
                    for (int i = 0; i < w.length; i++) {
                        weights.put(Criterion.values()[i], w[i]);
                    }
                    saveForm();
                }).open());
        ahpButton.setId("alliance-weights-ahp");
        for (Button b : List.of(addOption, addCandidate, ahpButton)) {
            b.setVisible(editable);
        }
        box.add(new HorizontalLayout(addOption, ahpButton));
        box.add(new Paragraph(getTranslation("alliance.weights.now", String.join(" · ", java.util.Arrays.stream(Criterion.values())
                .map(c -> getTranslation(c.messageKey()) + " " + Formats.percent(alliance.getCriterionWeights().get(c), getLocale())).toList()))));
        box.add(new H4(getTranslation("alliance.section.candidates")), optionsGrid(OptionKind.CANDIDATE), addCandidate);
        return box;
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
                reload();
            });
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            choose.setEnabled(editable);
            return choose;
        }).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addItemDoubleClickListener(e -> openOption(kind, e.getItem()));
        }
        grid.setItems(AllianceService.ranked(alliance, kind));
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
        ComboBox<Customer> customer = new ComboBox<>(getTranslation("alliance.field.partnerCustomer"));
        com.creditwb.workbench.customer.ui.CustomerPicker.bind(customer, customers);
        customer.setWidthFull();
        customer.setVisible(kind == OptionKind.CANDIDATE);
        customer.setHelperText(getTranslation("alliance.candidate.strengthHelp"));
        Map<Criterion, Select<Integer>> scores = new EnumMap<>(Criterion.class);
        FormLayout grid = new FormLayout();
        for (Criterion c : Criterion.values()) {
            Select<Integer> s = new Select<>();
            s.setLabel(getTranslation(c.messageKey()));
            s.setItems(SCORES);
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
                                : customer.getValue().getId(), given);
                d.close();
                reload();
            } catch (ValidationException ex) {
                showErrors(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("option-save");
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.open();
    }

    // --- agreement and contributions -------------------------------------------------------------------

    private Component agreementTab() {
        VerticalLayout box = new VerticalLayout();
        FormLayout terms = new FormLayout(signedDate, termsExclusivity, termsTerritory, termsDuration, termsExit);
        terms.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        box.add(new H4(getTranslation("alliance.section.terms")), termsScope, terms);
        Grid<AllianceContribution> grid = new Grid<>();
        grid.setId("alliance-contributions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        LocalDate today = LocalDate.now(clock);
        grid.addColumn(AllianceContribution::getPartner).setHeader(getTranslation("alliance.field.partnerName")).setFlexGrow(2);
        grid.addColumn(c -> Labels.of(this, c.getKind())).setHeader(getTranslation("alliance.field.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getDescription() == null ? "" : c.getDescription()).setHeader(getTranslation("alliance.field.description"))
                .setFlexGrow(3);
        grid.addColumn(c -> amount(c.getAmount())).setHeader(getTranslation("alliance.field.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getDueDate() == null ? "" : Formats.date(c.getDueDate(), getLocale())).setHeader(getTranslation("alliance.field.dueDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Span s = new Span(Labels.of(this, c.getStatus()) + (c.isOverdue(today) ? " · " + getTranslation("alliance.overdue") : ""));
            if (c.isOverdue(today)) {
                s.getElement().getThemeList().add("badge error");
            }
            return s;
        }).setHeader(getTranslation("alliance.field.status")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(c -> {
                Button delivered = new Button(getTranslation("alliance.contribution.delivered"), e -> {
                    alliances.saveContribution(alliance.getId(), c.getId(), c.getPartner(), c.getKind(), c.getDescription(), c.getAmount(),
                            c.getDueDate(), ContributionStatus.DELIVERED);
                    reload();
                });
                delivered.addThemeVariants(ButtonVariant.LUMO_SMALL);
                delivered.setVisible(c.getStatus() == ContributionStatus.DUE);
                return delivered;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(alliance.getContributions());
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("alliance.contribution.add"), e -> openContribution());
        add.setId("alliance-contribution-add");
        add.setVisible(editable);
        box.add(new H4(getTranslation("alliance.section.contributions")), grid, add);
        return box;
    }

    void openContribution() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("alliance.contribution.add"));
        ComboBox<String> partner = new ComboBox<>(getTranslation("alliance.field.partnerName"));
        List<String> names = new ArrayList<>(List.of(getTranslation("alliance.ourSide")));
        alliance.getPartners().forEach(p -> names.add(p.getName()));
        partner.setItems(names);
        partner.setAllowCustomValue(false);
        Select<ContributionKind> kind = Labels.select(this, "alliance.field.kind", ContributionKind.class);
        TextField description = new TextField(getTranslation("alliance.field.description"));
        description.setWidthFull();
        AmountField amount = new AmountField(getTranslation("alliance.field.amount"));
        DatePicker due = new DatePicker(getTranslation("alliance.field.dueDate"));
        d.add(new VerticalLayout(partner, kind, description, amount, due));
        Button ok = new Button(getTranslation("common.save"), e -> {
            try {
                alliances.saveContribution(alliance.getId(), null, partner.getValue(), kind.getValue(), description.getValue(), amount.getValue(),
                        due.getValue(), ContributionStatus.DUE);
                d.close();
                reload();
            } catch (ValidationException ex) {
                showErrors(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.open();
    }

    // --- governance --------------------------------------------------------------------------------------

    private Component governanceTab() {
        VerticalLayout box = new VerticalLayout(steeringCommittee, meetingCadence);
        Grid<com.creditwb.workbench.alliance.AllianceMeeting> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> Formats.date(m.getDate(), getLocale())).setHeader(getTranslation("alliance.field.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> nz(m.getAttendees())).setHeader(getTranslation("alliance.field.attendees")).setFlexGrow(2);
        grid.addColumn(m -> nz(m.getDecisions())).setHeader(getTranslation("alliance.field.decisions")).setFlexGrow(3);
        grid.addColumn(m -> nz(m.getFollowUps())).setHeader(getTranslation("alliance.field.followUps")).setFlexGrow(3);
        grid.setItems(alliance.getMeetings());
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("alliance.meeting.add"), e -> {
            Dialog d = new Dialog();
            d.setHeaderTitle(getTranslation("alliance.meeting.add"));
            DatePicker date = new DatePicker(getTranslation("alliance.field.date"));
            date.setValue(LocalDate.now(clock));
            TextField attendees = new TextField(getTranslation("alliance.field.attendees"));
            TextArea decisions = new TextArea(getTranslation("alliance.field.decisions"));
            TextArea followUps = new TextArea(getTranslation("alliance.field.followUps"));
            for (var f : List.of(attendees, decisions, followUps)) {
                ((com.vaadin.flow.component.HasSize) f).setWidthFull();
            }
            d.add(new VerticalLayout(date, attendees, decisions, followUps));
            d.setWidth("36em");
            Button ok = new Button(getTranslation("common.save"), x -> {
                try {
                    alliances.addMeeting(alliance.getId(), date.getValue(), attendees.getValue(), decisions.getValue(), followUps.getValue());
                    d.close();
                    reload();
                } catch (ValidationException ex) {
                    showErrors(ex);
                }
            });
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.getFooter().add(new Button(getTranslation("common.cancel"), x -> d.close()), ok);
            d.open();
        });
        add.setVisible(editable);
        box.add(new H4(getTranslation("alliance.section.meetings")), grid, add);
        return box;
    }

    // --- risks -------------------------------------------------------------------------------------------

    private Component risksTab() {
        VerticalLayout box = new VerticalLayout();
        Grid<AllianceRisk> grid = new Grid<>();
        grid.setId("alliance-risks");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Labels.of(this, r.getType())).setHeader(getTranslation("alliance.field.riskType")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> nz(r.getDescription())).setHeader(getTranslation("alliance.field.description")).setFlexGrow(3);
        grid.addColumn(r -> r.getLikelihood() == null ? "" : String.valueOf(r.getLikelihood())).setHeader(getTranslation("alliance.field.likelihood"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getImpact() == null ? "" : String.valueOf(r.getImpact())).setHeader(getTranslation("alliance.field.impact"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getSeverity() == null ? getTranslation("alliance.risk.toAssess") : String.valueOf(r.getSeverity()))
                .setHeader(getTranslation("alliance.field.severity")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(r -> r.getSeverity() == null ? 0 : r.getSeverity());
        grid.addColumn(r -> nz(r.getOwner())).setHeader(getTranslation("alliance.field.riskOwner")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> nz(r.getMitigation())).setHeader(getTranslation("alliance.field.mitigation")).setFlexGrow(2);
        grid.addColumn(r -> Labels.of(this, r.getStatus())).setHeader(getTranslation("alliance.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.of(this, r.getPrinciple())).setHeader(getTranslation("alliance.field.principle")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addItemClickListener(e -> openRisk(e.getItem()));
        }
        grid.setItems(alliance.getRisks());
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("alliance.risk.add"), e -> openRisk(null));
        add.setId("alliance-risk-add");
        add.setVisible(editable);
        box.add(new Paragraph(getTranslation("alliance.section.risks.help")), grid, add);
        return box;
    }

    void openRisk(AllianceRisk existing) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(existing == null ? "alliance.risk.add" : "alliance.risk.edit"));
        Select<RiskType> type = Labels.select(this, "alliance.field.riskType", RiskType.class);
        TextArea description = new TextArea(getTranslation("alliance.field.description"));
        description.setWidthFull();
        Select<Integer> likelihood = new Select<>();
        likelihood.setLabel(getTranslation("alliance.field.likelihood"));
        likelihood.setItems(SCORES);
        likelihood.setEmptySelectionAllowed(true);
        likelihood.setId("risk-likelihood");
        Select<Integer> impact = new Select<>();
        impact.setLabel(getTranslation("alliance.field.impact"));
        impact.setItems(SCORES);
        impact.setEmptySelectionAllowed(true);
        impact.setId("risk-impact");
        TextField owner = new TextField(getTranslation("alliance.field.riskOwner"));
        TextArea mitigation = new TextArea(getTranslation("alliance.field.mitigation"));
        mitigation.setWidthFull();
        Select<RiskStatus> status = Labels.select(this, "alliance.field.status", RiskStatus.class);
        status.setValue(RiskStatus.OPEN);
        Select<Principle> principle = Labels.select(this, "alliance.field.principle", Principle.class);
        principle.setEmptySelectionAllowed(true);
        if (existing != null) {
            type.setValue(existing.getType());
            description.setValue(nz(existing.getDescription()));
            likelihood.setValue(existing.getLikelihood());
            impact.setValue(existing.getImpact());
            owner.setValue(nz(existing.getOwner()));
            mitigation.setValue(nz(existing.getMitigation()));
            status.setValue(existing.getStatus());
            principle.setValue(existing.getPrinciple());
        } else {
            type.setValue(RiskType.OTHER);
        }
        Span severity = new Span();
        Runnable sev = () -> severity.setText(getTranslation("alliance.field.severity") + ": "
                + (likelihood.getValue() == null || impact.getValue() == null ? getTranslation("alliance.risk.toAssess")
                        : likelihood.getValue() * impact.getValue()));
        likelihood.addValueChangeListener(e -> sev.run());
        impact.addValueChangeListener(e -> sev.run());
        sev.run();
        FormLayout f = new FormLayout(type, status, likelihood, impact, owner, principle);
        d.add(new VerticalLayout(f, severity, description, mitigation));
        d.setWidth("40em");
        Button ok = new Button(getTranslation("common.save"), e -> {
            try {
                alliances.saveRisk(alliance.getId(), existing == null ? null : existing.getId(), type.getValue(), description.getValue(),
                        likelihood.getValue(), impact.getValue(), owner.getValue(), mitigation.getValue(), status.getValue(), principle.getValue());
                d.close();
                reload();
            } catch (ValidationException ex) {
                showErrors(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("risk-save");
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.open();
    }

    // --- health ------------------------------------------------------------------------------------------

    private Component healthTab() {
        VerticalLayout box = new VerticalLayout();
        List<AllianceReview> reviews = alliance.getReviews();
        List<String> axes = java.util.Arrays.stream(Principle.values()).map(p -> getTranslation(p.messageKey())).toList();
        radar.setId("alliance-radar");
        radar.setHeight("320px");
        trend.setId("alliance-trend");
        if (!reviews.isEmpty()) {
            AllianceReview latest = reviews.get(reviews.size() - 1);
            List<List<Double>> values = new ArrayList<>();
            List<String> names = new ArrayList<>();
            names.add(getTranslation("alliance.health.ours"));
            values.add(java.util.Arrays.stream(Principle.values()).map(p -> latest.getScores().get(p) == null ? null
                    : latest.getScores().get(p).doubleValue()).toList());
            if (!latest.getPartnerScores().isEmpty()) {
                names.add(getTranslation("alliance.health.theirs"));
                values.add(java.util.Arrays.stream(Principle.values()).map(p -> latest.getPartnerScores().get(p) == null ? null
                        : latest.getPartnerScores().get(p).doubleValue()).toList());
            }
            radar.radar(axes, 5, names, values);
            trend.lines(reviews.stream().map(r -> Formats.date(r.getDate(), getLocale())).toList(),
                    List.of(getTranslation("alliance.health.ours"), getTranslation("alliance.health.theirs")),
                    List.of(reviews.stream().map(AllianceReview::getIndex).toList(), reviews.stream().map(AllianceReview::getPartnerIndex).toList()));
            Span index = new Span(getTranslation("alliance.health.latest", Formats.date(latest.getDate(), getLocale()),
                    Formats.decimal(latest.getIndex(), getLocale(), 1),
                    latest.getPartnerIndex() == null ? "—" : Formats.decimal(latest.getPartnerIndex(), getLocale(), 1)));
            index.setId("alliance-health-latest");
            HorizontalLayout charts = new HorizontalLayout(radar, trend);
            charts.setWidthFull();
            box.add(index, charts);
        } else {
            box.add(new Paragraph(getTranslation("alliance.health.none")));
        }
        box.add(new Paragraph(getTranslation("alliance.health.formula")));
        Grid<AllianceReview> grid = new Grid<>();
        grid.setId("alliance-reviews");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Formats.date(r.getDate(), getLocale())).setHeader(getTranslation("alliance.field.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.decimal(r.getIndex(), getLocale(), 1)).setHeader(getTranslation("alliance.health.ours"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getPartnerIndex() == null ? "" : Formats.decimal(r.getPartnerIndex(), getLocale(), 1))
                .setHeader(getTranslation("alliance.health.theirs")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        for (Principle p : Principle.values()) {
            grid.addColumn(r -> {
                Integer o = r.getScores().get(p);
                Integer g = r.gaps().get(p);
                return (o == null ? "" : o.toString()) + (g == null || g == 0 ? "" : " (" + (g > 0 ? "+" : "") + g + ")");
            }).setHeader(getTranslation(p.messageKey())).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(reviews.reversed());
        grid.setAllRowsVisible(true);
        box.add(grid);
        if (editable) {
            box.add(reviewForm());
        }
        return box;
    }

    private Component reviewForm() {
        VerticalLayout form = new VerticalLayout(new H4(getTranslation("alliance.review.new")));
        form.setPadding(false);
        reviewDate.setLabel(getTranslation("alliance.field.date"));
        reviewDate.setValue(LocalDate.now(clock));
        reviewDate.setId("review-date");
        form.add(reviewDate);
        for (Principle p : Principle.values()) {
            Select<Integer> o = new Select<>();
            o.setLabel(getTranslation("alliance.health.ours"));
            o.setItems(SCORES);
            o.setId("review-ours-" + p.name());
            Select<Integer> t = new Select<>();
            t.setLabel(getTranslation("alliance.health.theirs"));
            t.setItems(SCORES);
            t.setEmptySelectionAllowed(true);
            t.setId("review-theirs-" + p.name());
            TextField c = new TextField(getTranslation("alliance.field.comment"));
            c.setWidth("24em");
            ours.put(p, o);
            theirs.put(p, t);
            comments.put(p, c);
            Span label = new Span(getTranslation(p.messageKey()));
            label.setWidth("14em");
            HorizontalLayout row = new HorizontalLayout(label, o, t, c);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.add(row);
        }
        Button record = new Button(getTranslation("alliance.review.record"), e -> recordReview());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("review-record");
        form.add(record);
        return form;
    }

    void recordReview() {
        Map<Principle, Integer> o = new EnumMap<>(Principle.class);
        Map<Principle, Integer> t = new EnumMap<>(Principle.class);
        Map<Principle, String> c = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            if (ours.get(p).getValue() != null) {
                o.put(p, ours.get(p).getValue());
            }
            if (theirs.get(p).getValue() != null) {
                t.put(p, theirs.get(p).getValue());
            }
            if (!comments.get(p).getValue().isBlank()) {
                c.put(p, comments.get(p).getValue());
            }
        }
        try {
            AllianceService.ReviewOutcome out = alliances.review(alliance.getId(), reviewDate.getValue(), o, t.isEmpty() ? null : t, c);
            Notify.success(getTranslation("alliance.review.recorded", Formats.decimal(out.review().getIndex(), getLocale(), 1),
                    out.openedRisks().size()));
            reload();
        } catch (ValidationException e) {
            showErrors(e);
        }
    }

    /** A refused save: every message once, in one notification (the dialog stays open with what was typed). */
    private static void showErrors(ValidationException e) {
        Notify.error(String.join(" · ", e.getErrors().stream().map(ValidationException.FieldError::message).distinct().toList()));
    }

    private String amount(BigDecimal value) {
        return value == null ? "" : Formats.amount(value, getLocale());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return alliance == null ? getTranslation("alliance.list.title") : alliance.getName();
    }
}
