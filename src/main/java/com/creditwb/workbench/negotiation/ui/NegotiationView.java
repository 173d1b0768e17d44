package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.audit.ReadLogEntry;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.negotiation.ArchivedException;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationCreditService;
import com.creditwb.workbench.negotiation.NegotiationForm;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.creditwb.workbench.negotiation.NegotiationSession;
import com.creditwb.workbench.negotiation.NegotiationSessionService;
import com.creditwb.workbench.negotiation.NegotiationWarningService;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.export.NegotiationBrief;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One negotiation, confidential: for anyone but the owner, the team and ADMIN it is "not found"; each opening of the
 * page is written to the read log. A header with the status and its moves (the owner), save (owner and team, not once
 * archived) and the brief; the record's warnings; tabs for the overview and team, counterpart, plan and targets,
 * strategy and venue, sessions, outcome, and — for the owner and ADMIN — who opened it.
 */
@Route("negotiations/:id")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_, Role.FINANCE_})
public class NegotiationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NegotiationService negotiations;

    private final transient NegotiationSessionService sessionService;

    private final transient NegotiationCreditService credit;

    private final transient NegotiationWarningService warningService;
    private final transient CustomerService customers;
    private final transient UserService users;
    private final transient AllianceService alliances;
    private final transient PlanService plans;
    private final transient AhpWeights ahp;
    private final transient NegotiationBrief brief;
    Negotiation negotiation;
    boolean editable;
    final TabSheet tabs = new TabSheet();
    final Span statusBadge = new Span();
    final Button save = new Button();
    final Button start = new Button();
    final Button agreed = new Button();
    final Button noDeal = new Button();
    final Button archive = new Button();
    final Div warnings = new Div();
    final Problems problems = new Problems();
    OverviewTab overview;
    CounterpartTab counterpart;
    PlanTab plan;
    StrategyTab strategy;
    SessionsTab sessions;
    OutcomeTab outcome;

    private final java.time.Clock clock;

    public NegotiationView(NegotiationService negotiations, NegotiationSessionService sessionService, NegotiationCreditService credit, NegotiationWarningService warningService, CustomerService customers, UserService users, AllianceService alliances,
            PlanService plans, AhpWeights ahp, NegotiationBrief brief, java.time.Clock clock) {
        this.clock = clock;
        this.negotiations = negotiations;
        this.sessionService = sessionService;
        this.credit = credit;
        this.warningService = warningService;
        this.customers = customers;
        this.users = users;
        this.alliances = alliances;
        this.plans = plans;
        this.ahp = ahp;
        this.brief = brief;
        setWidthFull();
        save.addClickListener(e -> saveForm());
        start.addClickListener(e -> move(NegotiationStatus.IN_PROGRESS, null, null));
        agreed.addClickListener(e -> openAgreed());
        noDeal.addClickListener(e -> openNoDeal());
        archive.addClickListener(e -> confirmArchive());
    }

    public static RouteParameters parameters(Long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().get("id").flatMap(NegotiationView::parse).orElse(null);
        try {
            if (id == null) {
                throw new NotFoundException("Negotiation", null);
            }
            show(negotiations.open(id, ReadChannel.UI));
        } catch (NotFoundException e) {
            removeAll();
            add(new H2(getTranslation("negotiation.notFound")));
        }
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void reload() {
        show(negotiations.get(negotiation.getId()));
    }

    void show(Negotiation n) {
        negotiation = n;
        editable = negotiations.canEdit(n);
        int selected = Math.max(0, tabs.getSelectedIndex());
        removeAll();
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        add(header());
        Span confidential = new Span(getTranslation("negotiation.confidentialBanner"));
        confidential.addClassName("wb-confidential");
        add(confidential);
        warnings.removeAll();
        warnings.setId("negotiation-warnings");
        warningService.warnings(n).forEach(w -> {
            Div d = new Div(getTranslation(w.messageKey(), w.args().toArray()));
            d.addClassName("wb-warning-text");
            d.getElement().setAttribute("data-code", w.code());
            warnings.add(d);
        });
        problems.clear();
        problems.setId("negotiation-problems");
        add(warnings, problems);
        var customer = customers.record(n.getCounterpartId());
        NegotiationSession.CreditSnapshot credit = this.credit.creditNow(n);
        overview = new OverviewTab(n, editable, negotiations.suggestedTeamSize(n), users, alliances, plans);
        counterpart = new CounterpartTab(n, customer, editable, credit);
        plan = new PlanTab(n, editable, this.credit, ahp, overview::direction);
        strategy = new StrategyTab(n, editable);
        boolean canRecord = editable && (n.getStatus() == NegotiationStatus.PREPARING || n.getStatus() == NegotiationStatus.IN_PROGRESS);
        sessions = new SessionsTab(n, canRecord, sessionService, this::reload, clock);
        outcome = new OutcomeTab(n, editable, negotiations);
        tabs.add(getTranslation("negotiation.tab.overview"), overview);
        tabs.add(getTranslation("negotiation.tab.counterpart"), counterpart);
        tabs.add(getTranslation("negotiation.tab.plan"), plan);
        tabs.add(getTranslation("negotiation.tab.strategy"), strategy);
        tabs.add(getTranslation("negotiation.tab.sessions"), sessions);
        tabs.add(getTranslation("negotiation.tab.outcome"), outcome);
        if (negotiations.canSeeOpenings(n)) {
            tabs.add(getTranslation("negotiation.tab.accessLog"), accessLog());
        }
        tabs.setWidthFull();
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        add(tabs);
    }

    private Component header() {
        H2 title = new H2(negotiation.getSubject());
        statusBadge.setText(Labels.of(this, negotiation.getStatus()));
        statusBadge.getElement().getThemeList().clear();
        statusBadge.getElement().getThemeList().add("badge" + switch (negotiation.getStatus()) {
            case AGREED -> " success";
            case NO_DEAL -> " error";
            case ARCHIVED -> " contrast";
            default -> "";
        });
        statusBadge.setId("negotiation-status");
        boolean decides = negotiations.canDecide(negotiation);
        start.setText(getTranslation("negotiation.action.start"));
        start.setId("negotiation-start");
        start.setVisible(decides && negotiation.getStatus() == NegotiationStatus.PREPARING);
        agreed.setText(getTranslation("negotiation.action.agreed"));
        agreed.setId("negotiation-agreed");
        agreed.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        agreed.setVisible(decides && negotiation.getStatus() == NegotiationStatus.IN_PROGRESS);
        noDeal.setText(getTranslation("negotiation.action.noDeal"));
        noDeal.setId("negotiation-no-deal");
        noDeal.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        noDeal.setVisible(decides && negotiation.getStatus() == NegotiationStatus.IN_PROGRESS);
        archive.setText(getTranslation("negotiation.action.archive"));
        archive.setId("negotiation-archive");
        archive.setVisible(decides && (negotiation.getStatus() == NegotiationStatus.AGREED || negotiation.getStatus() == NegotiationStatus.NO_DEAL));
        save.setText(getTranslation("common.save"));
        save.setId("negotiation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        Anchor download = ExcelFiles.download(NegotiationBrief.fileName(negotiation), () -> brief.write(negotiation.getId(), getLocale()),
                getTranslation("negotiation.export.brief"));
        download.setId("negotiation-brief");
        Button back = new Button(getTranslation("negotiation.back"), e -> getUI().ifPresent(ui -> ui.navigate(NegotiationsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(back, title, statusBadge, start, agreed, noDeal, archive, save, download);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        head.setWidthFull();
        return head;
    }

    NegotiationForm form() {
        return new NegotiationForm(overview.subject(), negotiation.getCounterpartId(), overview.direction(), overview.allianceId(),
                overview.planId(), overview.contractValue(), overview.importance(), overview.difficulty(), overview.startDate(),
                overview.deadline(), overview.team(), plan.issues(), plan.batnaDescription(), plan.batnaValue(), plan.reservationScore(),
                overview.topics(), counterpart.analysis(), strategy.strategy(), outcome.afterChecklist());
    }

    void saveForm() {
        problems.clear();
        if (overview.contractValue.isUnreadable()) {
            problems.show(getTranslation("negotiation.error.value"));
            return;
        }
        try {
            Negotiation saved = negotiations.update(negotiation.getId(), negotiation.getVersion(), form());
            Notify.success(getTranslation("negotiation.saved"));
            show(negotiations.get(saved.getId()));
        } catch (ValidationException e) {
            problems.show(e);
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, this::reload);
        } catch (ArchivedException e) {
            problems.show(getTranslation("negotiation.error.archived"));
        }
    }

    void move(NegotiationStatus next, Map<String, Double> values, String reason) {
        problems.clear();
        try {
            Negotiation moved = negotiations.status(negotiation.getId(), negotiation.getVersion(), next, values, reason);
            Notify.success(getTranslation("negotiation.moved", Labels.of(this, moved.getStatus())));
            show(negotiations.get(moved.getId()));
        } catch (ValidationException e) {
            problems.show(e);
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, this::reload);
        }
    }

    /** The agreed values, one per issue, starting from the last offer made. */
    void openAgreed() {
        Map<String, Double> last = new LinkedHashMap<>();
        sessionService.sessions(negotiation.getId()).forEach(s -> s.offers().forEach(o -> last.putAll(o.offer().values())));
        Map<String, NumberField> fields = new LinkedHashMap<>();
        VerticalLayout body = new VerticalLayout();
        int k = 0;
        for (PlanIssue i : negotiation.getIssues()) {
            NumberField f = new NumberField(i.name() + (i.unit() == null ? "" : " (" + i.unit() + ")"));
            f.setValue(last.getOrDefault(i.name(), i.acceptable()));
            f.setId("agreed-" + k++);
            fields.put(i.name(), f);
            body.add(f);
        }
        if (fields.isEmpty()) {
            body.add(new Div(getTranslation("negotiation.offer.noIssues")));
        }
        // a refused move is listed on the page, where every move's refusal shows
        FormDialog d = new FormDialog(getTranslation("negotiation.action.agreed"), getTranslation("negotiation.action.agreed"), () -> {
            Map<String, Double> values = new LinkedHashMap<>();
            fields.forEach((name, f) -> values.put(name, f.getValue()));
            move(NegotiationStatus.AGREED, values, null);
        });
        d.with(body);
        d.primary().setId("agreed-confirm");
        d.open();
    }

    void openNoDeal() {
        TextArea reason = new TextArea(getTranslation("negotiation.field.reason"));
        reason.setWidth("30em");
        reason.setId("no-deal-reason");
        FormDialog d = new FormDialog(getTranslation("negotiation.action.noDeal"), getTranslation("negotiation.action.noDeal"),
                () -> move(NegotiationStatus.NO_DEAL, null, reason.getValue()));
        d.with(reason);
        d.primary().addThemeVariants(ButtonVariant.LUMO_ERROR);
        d.primary().setId("no-deal-confirm");
        d.open();
    }

    void confirmArchive() {
        ConfirmDialog d = new ConfirmDialog(getTranslation("negotiation.action.archive"), getTranslation("negotiation.archive.text"),
                getTranslation("negotiation.action.archive"), e -> move(NegotiationStatus.ARCHIVED, null, null));
        d.setCancelable(true);
        d.setCancelText(getTranslation("common.cancel"));
        d.open();
    }

    private Component accessLog() {
        Grid<ReadLogEntry> grid = new Grid<>();
        grid.setId("negotiation-access-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> users.displayName(e.getReadBy())).setHeader(getTranslation("negotiation.accessLog.user"));
        grid.addColumn(e -> Formats.dateTime(e.getReadAt(), getLocale())).setHeader(getTranslation("negotiation.accessLog.at"));
        grid.addColumn(e -> Labels.of(this, e.getChannel())).setHeader(getTranslation("negotiation.accessLog.channel"));
        List<ReadLogEntry> entries = negotiations.openings(negotiation.getId());
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return negotiation == null ? getTranslation("negotiation.list.title") : negotiation.getSubject();
    }
}
