package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.EditableRows;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Lines;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport;
import com.creditwb.workbench.keyaccount.plan.ActionStatus;
import com.creditwb.workbench.keyaccount.plan.Attitude;
import com.creditwb.workbench.keyaccount.plan.KeyAccountPlan;
import com.creditwb.workbench.keyaccount.plan.LoyaltyMeasure;
import com.creditwb.workbench.keyaccount.plan.ObjectiveKind;
import com.creditwb.workbench.keyaccount.plan.PlanFacts;
import com.creditwb.workbench.keyaccount.plan.PlanForm;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.keyaccount.plan.PlanState;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One version of a key-account plan: its owner edits a draft and activates it, tracks an active plan's
 * actions and closes it; others with rights read it. The credit and value figures are live for a draft and
 * frozen from activation on. The workbook is downloaded from here.
 */
@Route("key-accounts/plans")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
public class PlanView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Problems problems = new Problems();

    private final transient PlanService plans;
    private final transient CustomerService customers;
    private final transient KeyAccountExport export;
    KeyAccountPlan plan;
    final H2 heading = new H2();
    final Div facts = new Div();
    final TextField title = new TextField();
    final DatePicker periodStart = new DatePicker();
    final DatePicker periodEnd = new DatePicker();
    final DatePicker nextReview = new DatePicker();
    final Select<RelationshipLevel> currentLevel;
    final Select<RelationshipLevel> targetLevel;
    final TextArea profile = new TextArea();
    final TextArea resources = new TextArea();
    final TextArea risks = new TextArea();
    final EditableRows<PlanForm.Objective, ObjectiveRow> objectives = new EditableRows<>("plan-objectives", "keyaccount.plan.add", ObjectiveRow::new);
    final EditableRows<PlanForm.Action, ActionRow> actions = new EditableRows<>("plan-actions", "keyaccount.plan.add", ActionRow::new);
    final EditableRows<PlanForm.Contact, ContactRow> contacts = new EditableRows<>("plan-contacts", "keyaccount.plan.add", ContactRow::new);
    final Button save = new Button();
    final Button activate = new Button();
    final Button close = new Button();
    final Button saveTracking = new Button();
    final Button newVersion = new Button();
    final Div download = new Div();
    final Paragraph readOnlyNote = new Paragraph();

    private final transient com.creditwb.workbench.security.UserService users;

    public PlanView(PlanService plans, CustomerService customers, KeyAccountExport export, com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.plans = plans;
        this.customers = customers;
        this.export = export;
        addClassName("wb-page");
        heading.setId("plan-heading");
        facts.setId("plan-facts");
        facts.addClassName("wb-card");
        readOnlyNote.setId("plan-read-only");
        readOnlyNote.setText(getTranslation("keyaccount.plan.readOnly"));
        title.setLabel(getTranslation("keyaccount.plan.title"));
        title.setId("plan-title");
        title.setWidthFull();
        title.setMaxLength(200);
        periodStart.setLabel(getTranslation("keyaccount.plan.periodStart"));
        periodEnd.setLabel(getTranslation("keyaccount.plan.periodEnd"));
        nextReview.setLabel(getTranslation("keyaccount.plan.nextReview"));
        nextReview.setId("plan-next-review");
        currentLevel = Labels.select(this, "keyaccount.plan.currentLevel", RelationshipLevel.class);
        targetLevel = Labels.select(this, "keyaccount.plan.targetLevel", RelationshipLevel.class);
        targetLevel.setId("plan-target-level");
        profile.setLabel(getTranslation("keyaccount.plan.profile"));
        profile.setId("plan-profile");
        resources.setLabel(getTranslation("keyaccount.plan.resources"));
        risks.setLabel(getTranslation("keyaccount.plan.risks"));
        for (TextArea a : List.of(profile, resources, risks)) {
            a.setWidthFull();
            a.setMaxLength(4000);
        }
        HorizontalLayout dates = new HorizontalLayout(periodStart, periodEnd, nextReview, currentLevel, targetLevel);
        dates.setWrap(true);
        save.setText(getTranslation("keyaccount.plan.save"));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        activate.setText(getTranslation("keyaccount.plan.activate"));
        activate.setId("plan-activate");
        activate.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        activate.addClickListener(e -> activate());
        close.setText(getTranslation("keyaccount.plan.close"));
        close.setId("plan-close");
        close.addClickListener(e -> closePlan());
        saveTracking.setText(getTranslation("keyaccount.plan.saveTracking"));
        saveTracking.setId("plan-save-tracking");
        saveTracking.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveTracking.addClickListener(e -> saveTracking());
        newVersion.setText(getTranslation("keyaccount.plans.newVersion"));
        newVersion.setId("plan-new-version");
        newVersion.addClickListener(e -> newVersion());
        download.setId("plan-download");
        HorizontalLayout buttons = new HorizontalLayout(save, activate, saveTracking, close, newVersion, download);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, readOnlyNote, facts, title, dates, profile, resources, risks,
                new H3(getTranslation("keyaccount.plan.objectives")), objectives,
                new H3(getTranslation("keyaccount.plan.actions")), actions,
                new H3(getTranslation("keyaccount.plan.contacts")), contacts, problems, buttons);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(plans.get(id));
    }

    void show(KeyAccountPlan p) {
        this.plan = p;
        CustomerRecord c = customers.record(p.getCustomerId());
        heading.setText(getTranslation("keyaccount.plan.heading", c.name(), p.getNumber(), getTranslation(p.getState().messageKey())));
        PlanForm f = p.toForm();
        title.setValue(nz(f.title()));
        periodStart.setValue(f.periodStart());
        periodEnd.setValue(f.periodEnd());
        nextReview.setValue(f.nextReview());
        currentLevel.setValue(f.currentLevel());
        targetLevel.setValue(f.targetLevel());
        profile.setValue(nz(f.profile()));
        resources.setValue(nz(f.resources()));
        risks.setValue(nz(f.risks()));
        objectives.set(f.objectives());
        actions.set(f.actions());
        contacts.set(f.contacts());
        boolean editable = plans.canEdit(p);
        boolean tracking = plans.canTrack(p);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, periodStart, periodEnd, nextReview, currentLevel, targetLevel, profile,
                resources, risks)) {
            field.setReadOnly(!editable);
        }
        objectives.setEditable(editable);
        actions.setEditable(editable);
        contacts.setEditable(editable);
        List<ActionRow> rows = actions.rows();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).status.setReadOnly(!(editable || tracking));
            rows.get(i).overdue.setVisible(plans.overdue(p.getActions().get(i)));
        }
        save.setVisible(editable);
        activate.setVisible(editable);
        saveTracking.setVisible(tracking);
        close.setVisible(tracking);
        newVersion.setVisible(p.getState() != PlanState.DRAFT && plans.canCreate(p.getCustomerId()));
        readOnlyNote.setVisible(!editable && !tracking);
        showFacts(plans.facts(p));
        download.removeAll();
        java.util.Locale locale = getLocale(); // the download runs outside the UI's request
        Anchor link = ExcelFiles.download(KeyAccountExport.planFileName(c.code(), p.getNumber()), () -> export.plan(p.getId(), locale),
                getTranslation("keyaccount.plan.download"));
        link.setId("plan-download-link");
        download.add(link);
    }

    private void showFacts(PlanFacts f) {
        facts.removeAll();
        var l = getLocale();
        facts.add(new H3(plan.getFrozen() != null ? getTranslation("keyaccount.plan.facts.frozen",
                Formats.dateTime(f.asOf(), l)) : getTranslation("keyaccount.plan.facts.live")));
        PlanFacts.Credit cr = f.credit();
        Span rating = new Span(cr.rating() == null ? getTranslation("keyaccount.notAssessed") : cr.rating());
        rating.setId("plan-rating");
        facts.add(Lines.line(this, "keyaccount.plan.rating", rating),
                Lines.line(this, "keyaccount.plan.riskClass", cr.riskClass() == null ? "" : getTranslation("credit.class." + cr.riskClass())),
                Lines.line(this, "keyaccount.plan.limit", cr.limit() == null ? "" : cr.limitUntil() == null
                        ? Formats.amount(cr.limit(), l) + " " + nz(cr.currency())
                        : getTranslation("customer.credit.limitUntil", Formats.amount(cr.limit(), l) + " " + nz(cr.currency()),
                                Formats.date(cr.limitUntil(), l))),
                Lines.line(this, "keyaccount.plan.exposure", cr.exposure() == null ? "" : Formats.amount(cr.exposure(), l)));
        PlanFacts.Value v = f.value();
        if (v != null) {
            facts.add(Lines.line(this, "keyaccount.xlsx.currentValue", Formats.amount(v.currentValue(), l)),
                    Lines.line(this, "keyaccount.value.npv", v.npv() == null ? "" : Formats.amount(BigDecimal.valueOf(v.npv()), l)),
                    Lines.line(this, "keyaccount.value.quadrant", v.quadrant() == null ? "" : getTranslation("keyaccount.strategy." + v.quadrant())),
                    Lines.line(this, "keyaccount.value.tier", v.tier() == null ? "" : getTranslation("keyaccount.tier." + v.tier())),
                    Lines.line(this, "keyaccount.value.kotler", v.kotlerLevel() == null ? "" : getTranslation("relationshipLevel." + v.kotlerLevel())));
        }
        var sq = export.serviceFigures(plan.getCustomerId(), l);
        if (sq != null) {
            Span service = new Span(getTranslation("keyaccount.plan.serviceLine", nz(sq.round()), sq.servqual() == null ? "—"
                    : Formats.decimal(sq.servqual(), l, 2), sq.csi() == null ? "—" : Formats.decimal(sq.csi(), l, 1),
                    sq.nps() == null ? "—" : Formats.decimal(sq.nps(), l, 0), nz(sq.csiTrend()), sq.openComplaints(), sq.overdueComplaints()));
            service.setId("plan-service");
            facts.add(Lines.line(this, "keyaccount.plan.service", service));
        }
    }

    PlanForm form() {
        return new PlanForm(title.getValue(), blankToNull(profile.getValue()), currentLevel.getValue(), targetLevel.getValue(),
                blankToNull(resources.getValue()), blankToNull(risks.getValue()), periodStart.getValue(), periodEnd.getValue(),
                nextReview.getValue(), objectives.values(), actions.values(), contacts.values());
    }

    void save() {
        run(() -> plans.save(plan.getId(), plan.getVersion(), form()), "keyaccount.plan.saved");
    }

    void activate() {
        run(() -> {
            KeyAccountPlan saved = plans.save(plan.getId(), plan.getVersion(), form());
            return plans.activate(saved.getId(), saved.getVersion());
        }, "keyaccount.plan.activated");
    }

    void closePlan() {
        run(() -> plans.close(plan.getId(), plan.getVersion()), "keyaccount.plan.closed");
    }

    void saveTracking() {
        run(() -> {
            KeyAccountPlan p = plan;
            List<ActionRow> rows = actions.rows();
            for (int i = 0; i < rows.size(); i++) {
                ActionStatus status = rows.get(i).status.getValue();
                if (status != null && status != p.getActions().get(i).getStatus()) {
                    p = plans.setActionStatus(p.getId(), p.getVersion(), i, status);
                }
            }
            return p;
        }, "keyaccount.plan.saved");
    }

    void newVersion() {
        problems.attempt(() -> {
            KeyAccountPlan p = plans.create(plan.getCustomerId());
            UI.getCurrent().navigate(PlanView.class, p.getId());
        });
    }

    private void run(java.util.function.Supplier<KeyAccountPlan> action, String doneKey) {
        problems.attempt(() -> {
            try {
                KeyAccountPlan p = action.get();
                Notify.success(getTranslation(doneKey));
                show(plans.get(p.getId()));
            } catch (ValidationException e) {
                throw labelled(e);
            }
        }, Map.of("title", title), () -> show(plans.get(plan.getId())));
    }

    /** The plan's rows have no field each: each message says which row and column. */
    private ValidationException labelled(ValidationException e) {
        return new ValidationException(e.getErrors().stream().map(err -> new ValidationException.FieldError(err.field(),
                fieldLabel(err.field()) + ": " + err.message())).distinct().toList());
    }

    /** "actions[2].dueDate" → "Actions 3 · Due", in words. */
    private String fieldLabel(String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (m.matches()) {
            String leaf = switch (m.group(3)) {
                case "kind" -> "keyaccount.plan.kind";
                case "target" -> "keyaccount.plan.target";
                case "targetDate" -> "keyaccount.plan.targetDate";
                case "title" -> "keyaccount.plan.actionTitle";
                case "owner" -> "keyaccount.plan.actionOwner";
                case "dueDate" -> "keyaccount.plan.dueDate";
                case "budget" -> "keyaccount.plan.budget";
                case "status" -> "keyaccount.plan.status";
                case "name" -> "keyaccount.plan.contactName";
                case "role" -> "keyaccount.plan.role";
                case "attitude" -> "keyaccount.plan.attitude";
                default -> "keyaccount.plan.note";
            };
            return getTranslation("keyaccount.plan." + m.group(1)) + " " + (Integer.parseInt(m.group(2)) + 1) + " · " + getTranslation(leaf);
        }
        return getTranslation("keyaccount.plan." + field);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String getPageTitle() {
        return plan == null ? getTranslation("keyaccount.plans.title") : plan.getTitle();
    }

    // --- the three tables ------------------------------------------------------------------------------

    final class ObjectiveRow extends EditableRows.Row<PlanForm.Objective> {
        final Select<ObjectiveKind> kind = Labels.select(PlanView.this, "keyaccount.plan.kind", ObjectiveKind.class);
        final BigDecimalField target = new BigDecimalField(getTranslation("keyaccount.plan.target"));
        final DatePicker date = new DatePicker(getTranslation("keyaccount.plan.targetDate"));
        final TextField note = new TextField(getTranslation("keyaccount.plan.note"));

        ObjectiveRow(PlanForm.Objective o) {
            target.setHelperText(getTranslation("keyaccount.plan.targetRange"));
            if (o != null) {
                kind.setValue(o.kind());
                target.setValue(o.kind() == ObjectiveKind.REVENUE || o.target() == null ? o.target() : o.target().movePointRight(2).stripTrailingZeros());
                date.setValue(o.targetDate());
                note.setValue(nz(o.note()));
            }
            add(kind, target, date, note, remove);
        }

        @Override
        public PlanForm.Objective value() {
            BigDecimal t = target.getValue();
            if (t != null && kind.getValue() != null && kind.getValue() != ObjectiveKind.REVENUE) {
                t = t.movePointLeft(2); // entered as a percentage
            }
            return new PlanForm.Objective(kind.getValue(), t, date.getValue(), blankToNull(note.getValue()));
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            kind.setReadOnly(readOnly);
            target.setReadOnly(readOnly);
            date.setReadOnly(readOnly);
            note.setReadOnly(readOnly);
        }
    }

    final class ActionRow extends EditableRows.Row<PlanForm.Action> {
        final ComboBox<LoyaltyMeasure> measure = Labels.comboBox(PlanView.this, "keyaccount.plan.measure", LoyaltyMeasure.class);
        final TextField what = new TextField(getTranslation("keyaccount.plan.actionTitle"));
        final TextField owner = new TextField(getTranslation("keyaccount.plan.actionOwner"));
        final DatePicker due = new DatePicker(getTranslation("keyaccount.plan.dueDate"));
        final com.creditwb.workbench.common.ui.AmountField budget = new com.creditwb.workbench.common.ui.AmountField(getTranslation("keyaccount.plan.budget"));
        final Select<ActionStatus> status = Labels.select(PlanView.this, "keyaccount.plan.status", ActionStatus.class);
        final Span overdue = new Span(getTranslation("keyaccount.plan.overdue"));

        ActionRow(PlanForm.Action a) {
            measure.setPlaceholder(getTranslation("keyaccount.measure.custom"));
            measure.setWidth("16em");
            overdue.getElement().getThemeList().add("badge error");
            overdue.setVisible(false);
            overdue.addClassName("plan-overdue");
            if (a != null) {
                measure.setValue(a.measure());
                what.setValue(nz(a.title()));
                owner.setValue(nz(a.owner()));
                due.setValue(a.dueDate());
                budget.setValue(a.budget());
                status.setValue(a.status());
            } else {
                owner.setValue(plan == null || plan.getOwner() == null ? "" : users.displayName(plan.getOwner()));
                status.setValue(ActionStatus.PLANNED);
            }
            add(measure, what, owner, due, budget, status, overdue, remove);
        }

        @Override
        public PlanForm.Action value() {
            return new PlanForm.Action(measure.getValue(), blankToNull(what.getValue()), blankToNull(owner.getValue()), due.getValue(),
                    budget.getValue(), status.getValue());
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            measure.setReadOnly(readOnly);
            what.setReadOnly(readOnly);
            owner.setReadOnly(readOnly);
            due.setReadOnly(readOnly);
            budget.setReadOnly(readOnly);
            status.setReadOnly(readOnly);
        }
    }

    final class ContactRow extends EditableRows.Row<PlanForm.Contact> {
        final TextField name = new TextField(getTranslation("keyaccount.plan.contactName"));
        final TextField jobTitle = new TextField(getTranslation("keyaccount.plan.jobTitle"));
        final Select<ContactRole> role = Labels.select(PlanView.this, "keyaccount.plan.role", ContactRole.class);
        final Select<Attitude> attitude = Labels.select(PlanView.this, "keyaccount.plan.attitude", Attitude.class);
        final TextField note = new TextField(getTranslation("keyaccount.plan.note"));

        ContactRow(PlanForm.Contact c) {
            if (c != null) {
                name.setValue(nz(c.name()));
                jobTitle.setValue(nz(c.jobTitle()));
                role.setValue(c.role());
                attitude.setValue(c.attitude());
                note.setValue(nz(c.note()));
            } else {
                attitude.setValue(Attitude.NEUTRAL);
            }
            add(name, jobTitle, role, attitude, note, remove);
        }

        @Override
        public PlanForm.Contact value() {
            return new PlanForm.Contact(blankToNull(name.getValue()), blankToNull(jobTitle.getValue()), role.getValue(), attitude.getValue(),
                    blankToNull(note.getValue()));
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            name.setReadOnly(readOnly);
            jobTitle.setReadOnly(readOnly);
            role.setReadOnly(readOnly);
            attitude.setReadOnly(readOnly);
            note.setReadOnly(readOnly);
        }
    }
}
