package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.documents.Commitments;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.groups.GroupService;
import com.creditwb.workbench.credit.limits.EffectiveLimit;
import com.creditwb.workbench.credit.limits.LimitRequest;
import com.creditwb.workbench.credit.limits.LimitService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The customer's credit in operation, for credit managers and — without accounting detail — its account manager: the
 * limit in force (a temporary one with its end date), the committed exposure and what is available, the documents held
 * in the queue, and the limit requests with their decisions; ask for a new limit, or decide one.
 */
class CreditOperationsCard extends VerticalLayout {

    private final CustomerRecord customer;
    private final transient CreditMonitorService monitor;
    private final transient DocumentService documents;
    private final transient LimitService limits;
    private final transient com.creditwb.workbench.credit.groups.GroupService groups;
    final Div limitLine = new Div();
    final Div groupLine = new Div();
    final Div exposureLine = new Div();
    final VerticalLayout held = new VerticalLayout();
    final VerticalLayout requests = new VerticalLayout();
    final Button ask = new Button();

    private final transient java.time.Clock clock;
    /** Tells the rest of the Credit tab that what the service holds changed (limit in force, exposure). */
    private final transient Runnable changed;
    /** People by display name. */
    private final transient java.util.function.Function<String, String> names;

    CreditOperationsCard(CustomerRecord customer, CreditMonitorService monitor, DocumentService documents, LimitService limits,
            com.creditwb.workbench.credit.groups.GroupService groups, java.time.Clock clock, Runnable changed,
            java.util.function.Function<String, String> names) {
        this.clock = clock;
        this.names = names;
        this.changed = changed;
        this.groups = groups;
        this.customer = customer;
        this.monitor = monitor;
        this.documents = documents;
        this.limits = limits;
        addClassName("wb-card");
        setId("credit-operations");
        limitLine.setId("credit-limit-in-force");
        exposureLine.setId("credit-committed");
        held.setPadding(false);
        held.setSpacing(false);
        requests.setPadding(false);
        requests.setSpacing(false);
        requests.setId("limit-requests");
        ask.setText(getTranslation("limitRequest.new"));
        ask.setId("limit-request-new");
        ask.setVisible(limits.canRequest(customer.id()));
        ask.addClickListener(e -> openRequest());
        groupLine.setId("credit-group");
        add(new H3(getTranslation("creditOps.title")), limitLine, exposureLine, groupLine, new H4(getTranslation("creditOps.held")), held,
                new H4(getTranslation("creditOps.requests")), requests, ask);
        refresh();
    }

    void refresh() {
        Locale l = getLocale();
        CreditMonitorService.Standing standing = monitor.standing(customer.id());
        EffectiveLimit limit = standing.limit();
        if (limit.amount() == null) {
            limitLine.setText(getTranslation("credit.decision.none"));
        } else if (limit.temporary() != null) {
            limitLine.setText(getTranslation("creditOps.limit.temporary", Formats.amount(limit.temporary(), l), Formats.date(limit.temporaryUntil(), l),
                    Formats.amount(limit.permanent() != null ? limit.permanent() : limit.decided(), l)));
        } else if (limit.permanent() != null) {
            limitLine.setText(getTranslation("creditOps.limit.changed", Formats.amount(limit.permanent(), l), Formats.amount(limit.decided(), l)));
        } else {
            limitLine.setText(getTranslation("creditOps.limit", Formats.amount(limit.amount(), l)));
        }
        Commitments.Exposure e = standing.exposure();
        BigDecimal available = standing.available() == null ? BigDecimal.ZERO : standing.available();
        exposureLine.setText(getTranslation("creditOps.exposure", Formats.amount(e.total(), l), Formats.amount(e.receivables(), l),
                Formats.amount(e.orders(), l), Formats.amount(e.deliveries(), l), Formats.amount(e.invoices(), l), Formats.amount(available, l)));
        var group = groups.ofCustomer(customer.id());
        groupLine.setVisible(group.isPresent());
        group.ifPresent(g -> groupLine.setText(getTranslation("creditOps.group", g.group().getName(), Formats.amount(g.group().getLimit(), l),
                Formats.amount(g.exposure(), l), Formats.amount(g.available(), l), String.join(getTranslation("common.listSeparator"),
                        g.members().stream().map(GroupService.Member::name).toList()))));
        held.removeAll();
        var open = documents.holdsOf(customer.id()).stream()
                .filter(h -> h.hold().getStatus() == com.creditwb.workbench.credit.documents.CreditHold.Status.OPEN).toList();
        if (open.isEmpty()) {
            held.add(new Div(getTranslation("creditOps.held.none")));
        }
        open.forEach(h -> held.add(new Div(getTranslation("creditOps.held.line", Labels.of(this, h.document().getType()), h.document().getNumber(),
                Formats.amount(h.document().getAmount(), l), h.document().getCurrency(), com.creditwb.workbench.common.ui.Lines.reasons(this, h.reasons())))));
        requests.removeAll();
        var list = limits.ofCustomer(customer.id());
        if (list.isEmpty()) {
            requests.add(new Div(getTranslation("creditOps.requests.none")));
        }
        for (LimitRequest r : list) {
            String text = getTranslation(r.isTemporary() ? "creditOps.request.temporary" : "creditOps.request.permanent",
                    Formats.amount(r.getRequestedLimit(), l), r.getUntil() == null ? "" : Formats.date(r.getUntil(), l), names.apply(r.getRequestedBy()), r.getReason(),
                    Labels.of(this, r.getStatus()), r.getDecidedBy() == null ? "" : names.apply(r.getDecidedBy()));
            HorizontalLayout row = new HorizontalLayout(new Div(text));
            row.setId("limit-request-" + r.getId());
            if (limits.canDecide(r)) {
                Button approve = new Button(getTranslation("limitRequest.approve"), ev -> decide(r, true));
                approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                approve.setId("limit-approve-" + r.getId());
                Button refuse = new Button(getTranslation("limitRequest.refuse"), ev -> decide(r, false));
                refuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                refuse.setId("limit-refuse-" + r.getId());
                row.add(approve, refuse);
            }
            requests.add(row);
        }
    }

    FormDialog openRequest() {
        BigDecimalField limit = new BigDecimalField(getTranslation("field.LimitRequest.requestedLimit"));
        limit.setId("limit-request-limit");
        DatePicker until = new DatePicker(getTranslation("field.LimitRequest.until"));
        until.setLocale(getLocale());
        until.setHelperText(getTranslation("limitRequest.until.help"));
        until.setMin(LocalDate.now(clock).plusDays(1));
        until.setId("limit-request-until");
        TextArea reason = new TextArea(getTranslation("field.LimitRequest.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setId("limit-request-reason");
        FormDialog d = new FormDialog(getTranslation("limitRequest.new"), getTranslation("limitRequest.send"), () -> {
            limits.request(customer.id(), limit.getValue(), until.getValue(), reason.getValue());
            Notify.success(getTranslation("limitRequest.sent"));
            refresh();
            changed.run();
        });
        d.with(limit, until, reason).fields(Map.of("requestedLimit", limit, "until", until, "reason", reason));
        d.primary().setId("limit-request-send");
        d.open();
        return d;
    }

    /**
     * Approves or refuses through the service, then the card and the whole tab show what it holds; refused, the
     * dialog stays open with the reason and nothing changes.
     */
    FormDialog decide(LimitRequest r, boolean approve) {
        TextArea reason = new TextArea(getTranslation("blocked.reason"));
        reason.setWidthFull();
        reason.setId("limit-decision-reason");
        FormDialog d = new FormDialog(getTranslation(approve ? "limitRequest.approve" : "limitRequest.refuse"),
                getTranslation(approve ? "limitRequest.approve" : "limitRequest.refuse"), () -> {
                    if (approve) {
                        limits.approve(r.getId(), reason.getValue());
                    } else {
                        limits.refuse(r.getId(), reason.getValue());
                    }
                    refresh();
                    changed.run();
                });
        d.with(reason).fields(Map.of("reason", reason));
        d.primary().setId("limit-decision-ok");
        d.open();
        return d;
    }
}
