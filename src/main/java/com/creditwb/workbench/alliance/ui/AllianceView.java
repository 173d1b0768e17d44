package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceForm;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.GateException;
import com.creditwb.workbench.alliance.PowerRating;
import com.creditwb.workbench.alliance.StageMove;
import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.DistributionForm;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.domain.PowerBase;
import com.creditwb.workbench.alliance.export.AllianceExport;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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

    static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

    private final transient AllianceService alliances;

    private final transient com.creditwb.workbench.alliance.AllianceAgreementService agreementService;

    private final transient com.creditwb.workbench.alliance.AllianceOptionService optionService;

    private final transient com.creditwb.workbench.alliance.AlliancePartnerService partnerService;
    private final transient CustomerService customers;
    private final transient com.creditwb.workbench.customer.CustomerSearch customerSearch;
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
    final Problems problems = new Problems();

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


    private final java.time.Clock clock;
    private final transient com.creditwb.workbench.alliance.AllianceHealthService healthService;
    PartnersSection partnersSection;
    HealthTab health;

    public AllianceView(AllianceService alliances, com.creditwb.workbench.alliance.AllianceAgreementService agreementService, com.creditwb.workbench.alliance.AllianceOptionService optionService, com.creditwb.workbench.alliance.AlliancePartnerService partnerService, CustomerService customers, com.creditwb.workbench.customer.CustomerSearch customerSearch, UserService users, AhpWeights ahp, AllianceExport export,
            org.springframework.beans.factory.ObjectProvider<AllianceTab> featureTabs, java.time.Clock clock,
            com.creditwb.workbench.alliance.AllianceHealthService healthService) {
        this.clock = clock;
        this.healthService = healthService;
        this.featureTabs = featureTabs.orderedStream().sorted(java.util.Comparator.comparingInt(AllianceTab::order)).toList();
        this.alliances = alliances;
        this.agreementService = agreementService;
        this.optionService = optionService;
        this.partnerService = partnerService;
        this.customers = customers;
        this.customerSearch = customerSearch;
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
        problems.setId("alliance-gate");
        problems.clear();
        add(problems);
        fillForm(a);
        tabs.add(getTranslation("alliance.tab.overview"), overview());
        tabs.add(getTranslation("alliance.tab.partners"), partnersTab());
        tabs.add(getTranslation("alliance.tab.agreement"), agreementTab());
        tabs.add(getTranslation("alliance.tab.governance"), governanceTab());
        tabs.add(getTranslation("alliance.tab.risks"), new RisksTab(alliance, editable, alliances, healthService, this::reload));
        tabs.add(getTranslation("alliance.tab.health"), (health = new HealthTab(alliance, editable, alliances, healthService, this::reload, clock)));
        for (AllianceTab tab : featureTabs) {
            if (tab.visible()) {
                tabs.add(getTranslation(tab.labelKey()), tab.create(AllianceService.AllianceRef.of(a)));
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
            List<String> unmet = new ArrayList<>(List.of(getTranslation("alliance.gate.title", Labels.of(this, target))));
            e.unmet().forEach(u -> unmet.add(getTranslation("alliance.gate." + u.code())));
            problems.show(unmet);
        } catch (ValidationException e) {
            problems.show(e);
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, this::reload);
        }
    }

    void openEnd() {
        DatePicker date = new DatePicker(getTranslation("alliance.field.endDate"));
        date.setValue(LocalDate.now(clock));
        date.setId("end-date");
        TextArea reason = new TextArea(getTranslation("alliance.field.endReason"));
        reason.setWidthFull();
        reason.setId("end-reason");
        // the page lists a refused move (its gates) where every move's refusal shows
        FormDialog d = new FormDialog(getTranslation("alliance.end"), getTranslation("alliance.end"),
                () -> move(AllianceStage.ENDED, reason.getValue(), date.getValue()));
        d.with(date, reason);
        d.primary().addThemeVariants(ButtonVariant.LUMO_ERROR);
        d.primary().setId("end-confirm");
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
        return problems.attempt(() -> {
            alliances.update(alliance.getId(), alliance.getVersion(), form());
            Notify.success(getTranslation("alliance.saved"));
            reload();
        }, Map.of("name", name, "goal", goal, "team", team, "plannedEndDate", plannedEndDate, "reviewIntervalMonths", reviewInterval,
                "meetingCadence", meetingCadence), this::reload);
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
        moves.addColumn(m -> Formats.dateTime(m.getAt(), getLocale())).setHeader(getTranslation("alliance.field.when"))
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
            openings.addColumn(o -> Formats.dateTime(o.getReadAt(), getLocale()))
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
        partnersSection = new PartnersSection(alliance, editable, partnerService, customerSearch, this::reload);
        VerticalLayout box = new VerticalLayout(partnersSection);

        box.add(new OptionsSection(alliance, editable, optionService, customerSearch, ahp, this::reload, w -> {
            weights = new EnumMap<>(Criterion.class);
            for (int i = 0; i < w.length; i++) {
                weights.put(Criterion.values()[i], w[i]);
            }
            saveForm();
        }));
        return box;
    }

    // --- agreement and contributions -------------------------------------------------------------------

    private Component agreementTab() {
        VerticalLayout box = new VerticalLayout();
        FormLayout terms = new FormLayout(signedDate, termsExclusivity, termsTerritory, termsDuration, termsExit);
        terms.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        box.add(new H4(getTranslation("alliance.section.terms")), termsScope, terms);
        box.add(new ContributionsSection(alliance, editable, alliances, agreementService, this::reload, clock));
        return box;
    }

    // --- governance --------------------------------------------------------------------------------------

    private Component governanceTab() {
        VerticalLayout box = new VerticalLayout(steeringCommittee, meetingCadence);
        box.add(new MeetingsSection(alliance, editable, alliances, agreementService, this::reload, clock));
        return box;
    }

    private String amount(BigDecimal value) {
        return value == null ? "" : Formats.amount(value, getLocale());
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return alliance == null ? getTranslation("alliance.list.title") : alliance.getName();
    }
}
