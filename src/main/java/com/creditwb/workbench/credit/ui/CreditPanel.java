package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.Exposure;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.credit.receivable.Dso;
import com.creditwb.workbench.customer.CustomerRecord;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** The customer's credit: current decision, exposure against the limit, overdue buckets, DSO, and every assessment. */
class CreditPanel extends VerticalLayout {

    private final CustomerRecord customer;
    private final transient AssessmentService assessments;
    private final transient CreditMonitorService monitor;
    final Div decision = new Div();
    final Div exposure = new Div();
    final Select<Integer> dsoDays = new Select<>();
    final Grid<Assessment> history = new Grid<>();
    final Button compare = new Button();
    final Button start = new Button();

    /** People by display name (author, approver). */
    private final transient java.util.function.Function<String, String> names;

    CreditPanel(CustomerRecord customer, AssessmentService assessments, CreditMonitorService monitor,
            java.util.function.Function<String, String> names) {
        this.names = names;
        this.customer = customer;
        this.assessments = assessments;
        this.monitor = monitor;
        setPadding(false);
        decision.addClassName("wb-card");
        decision.setId("credit-decision");
        exposure.addClassName("wb-card");
        exposure.setId("credit-exposure");
        dsoDays.setLabel(getTranslation("credit.dso.period"));
        dsoDays.setItems(30, 90, 180, 365);
        dsoDays.setItemLabelGenerator(d -> getTranslation("credit.dso.days", d));
        dsoDays.setValue(CreditMonitorService.DEFAULT_DSO_DAYS);
        dsoDays.addValueChangeListener(e -> showExposure());
        Div cards = new Div(decision, exposure);
        cards.addClassNames("wb-cards", "wb-cards-wide");

        start.setText(getTranslation("credit.assessment.new"));
        start.setIcon(VaadinIcon.PLUS.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-assessment");
        start.setVisible(assessments.canAssess());
        start.addClickListener(e -> {
            Assessment a = assessments.start(customer.id());
            UI.getCurrent().navigate(AssessmentView.class, a.getId());
        });
        compare.setText(getTranslation("credit.assessment.compare"));
        compare.setIcon(VaadinIcon.SPLIT_H.create());
        compare.setId("compare-assessments");
        compare.setEnabled(false);
        compare.addClickListener(e -> {
            List<Assessment> two = history.getSelectedItems().stream().sorted(java.util.Comparator.comparing(Assessment::getId)).toList();
            new CompareDialog(assessments, two.get(0), two.get(1)).open();
        });

        history.setId("assessment-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setSelectionMode(Grid.SelectionMode.MULTI);
        history.addColumn(a -> Formats.dateTime(a.getCreatedAt(), getLocale()))
                .setHeader(getTranslation("credit.assessment.created")).setAutoWidth(true);
        history.addComponentColumn(a -> status(a)).setHeader(getTranslation("credit.assessment.status")).setAutoWidth(true);
        history.addColumn(a -> CreditText.score(this, a.getScore())).setHeader(getTranslation("credit.score")).setAutoWidth(true);
        history.addColumn(a -> a.getRating() == null ? "—" : a.getRating() + (a.isOverridden() ? " *" : ""))
                .setHeader(getTranslation("credit.rating")).setAutoWidth(true);
        history.addComponentColumn(a -> CreditText.riskBadge(this, a.getRiskClass())).setHeader(getTranslation("credit.riskClass")).setAutoWidth(true);
        history.addColumn(a -> CreditText.amount(this, a.getLimitAmount())).setHeader(getTranslation("credit.limit")).setAutoWidth(true);
        history.addColumn(Assessment::getAuthor).setHeader(getTranslation("credit.assessment.author")).setAutoWidth(true);
        history.addColumn(a -> a.getApprover() == null ? "" : names.apply(a.getApprover())).setHeader(getTranslation("credit.assessment.approver")).setAutoWidth(true);
        history.addComponentColumn(a -> {
            Button open = new Button(getTranslation("common.open"), e -> UI.getCurrent().navigate(AssessmentView.class, a.getId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        history.setAllRowsVisible(true);
        history.addSelectionListener(e -> {
            if (e.getAllSelectedItems().size() > 2) {
                Notify.error(getTranslation("credit.assessment.compareTwo"));
            }
            compare.setEnabled(e.getAllSelectedItems().size() == 2);
        });
        HorizontalLayout actions = new HorizontalLayout(new H3(getTranslation("credit.assessment.history")), start, compare);
        actions.setAlignItems(Alignment.BASELINE);
        add(cards, actions, history);
        refresh();
    }

    void refresh() {
        showDecision();
        showExposure();
        history.setItems(assessments.history(customer.id()));
    }

    private Span status(Assessment a) {
        Span s = new Span(Labels.of(this, a.getStatus()) + (a.isCurrent() ? " · " + getTranslation("credit.assessment.current") : ""));
        s.getElement().getThemeList().add("badge " + switch (a.getStatus()) {
            case APPROVED -> "success";
            case RETURNED -> "error";
            case SUBMITTED -> "";
            case DRAFT -> "contrast";
        });
        return s;
    }

    private void showDecision() {
        decision.removeAll();
        decision.add(new H3(getTranslation("credit.decision.title")));
        Assessment d = assessments.currentDecision(customer.id()).orElse(null);
        if (d == null) {
            decision.add(new Paragraph(getTranslation("credit.decision.none")));
            return;
        }
        Span rating = new Span(d.getRating());
        rating.addClassName("wb-big-number");
        rating.setId("decision-rating");
        HorizontalLayout head = new HorizontalLayout(rating, CreditText.riskBadge(this, d.getRiskClass()));
        head.setAlignItems(Alignment.CENTER);
        decision.add(head,
                CreditText.line(this, "credit.score", CreditText.score(this, d.getScore())),
                CreditText.line(this, "credit.limit", CreditText.amount(this, d.getLimitAmount()) + " " + d.getCurrency()),
                CreditText.line(this, "credit.terms", getTranslation("credit.days", d.getTermsDays())),
                CreditText.line(this, "credit.decision.approved", getTranslation("credit.decision.by", names.apply(d.getApprover()),
                        Formats.dateTime(d.getDecidedAt(), getLocale()))),
                CreditText.line(this, "credit.nextReview", Formats.date(d.getNextReviewDate(), getLocale())));
        if (d.isOverridden()) {
            decision.add(CreditText.line(this, "credit.override", d.getOverrideReason()));
        }
    }

    void showExposure() {
        exposure.removeAll();
        exposure.add(new H3(getTranslation("credit.exposure.title")));
        Exposure e = monitor.exposure(customer.id(), dsoDays.getValue());
        if (e.asOf() == null) {
            exposure.add(new Paragraph(getTranslation("credit.exposure.noList")));
            return;
        }
        exposure.add(CreditText.line(this, "credit.exposure.asOf", Formats.date(e.asOf(), getLocale())),
                CreditText.line(this, "credit.exposure.open", CreditText.amount(this, e.open())),
                CreditText.line(this, "credit.exposure.utilisation", CreditText.percent(this, e.utilisation())),
                CreditText.line(this, "credit.exposure.available", e.decision() == null ? "—" : CreditText.amount(this, e.available())));
        // the figure a new order is checked against, named for what it is beside the one above
        CreditMonitorService.Standing standing = monitor.standing(customer.id());
        Span committed = new Span(standing.available() == null ? "—" : CreditText.amount(this, standing.available()));
        committed.setId("exposure-available-committed");
        exposure.add(CreditText.line(this, "credit.exposure.availableCommitted", committed));
        if (e.limitExceeded()) {
            Span warn = new Span(getTranslation("alert.type.LIMIT_EXCEEDED"));
            warn.getElement().getThemeList().add("badge error");
            warn.setId("limit-exceeded");
            exposure.add(warn);
        }
        Aging.Summary s = e.aging();
        Div buckets = new Div();
        buckets.addClassName("wb-buckets");
        for (Aging.Bucket b : Aging.Bucket.values()) {
            buckets.add(CreditText.line(this, b.messageKey(), CreditText.amount(this, s.buckets().get(b))));
        }
        exposure.add(buckets);
        Dso dso = e.dso();
        String text = dso == null || dso.value() == null ? "—"
                : getTranslation("credit.dso.value", CreditText.score(this, dso.value()), getTranslation(dso.source().messageKey()));
        Span dsoText = new Span(text);
        dsoText.setId("customer-dso");
        HorizontalLayout dsoRow = new HorizontalLayout(dsoDays, dsoText);
        dsoRow.setAlignItems(Alignment.BASELINE);
        exposure.add(dsoRow);
    }
}
