package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.negotiation.NegotiationSessionService;
import com.creditwb.workbench.common.i18n.Formats;
import java.time.LocalDate;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sessions (管理谈判活动): both sides' offers scored over time on a chart, the concessions with their reciprocity and
 * the UNRECIPROCATED warning, and each session with its offers, notes, next steps, the credit frozen into it and its
 * confidentiality checklist; record a new one.
 */
class SessionsTab extends VerticalLayout {

    /** One offer in a session's table. */
    record OfferRow(int sequence, NegotiationSessionService.ScoredOffer offer) {
    }

    final Chart chart = new Chart();
    final Div concessions = new Div();
    final Button record = new Button();
    private final transient NegotiationSessionService negotiations;

    SessionsTab(Negotiation n, boolean canRecord, NegotiationSessionService negotiations, Runnable reload, java.time.Clock clock) {
        this.negotiations = negotiations;
        setPadding(false);
        List<NegotiationSessionService.ScoredSession> sessions = negotiations.sessions(n.getId());
        NegotiationSessionService.ConcessionReport report = negotiations.concessions(n.getId());
        record.setText(getTranslation("negotiation.session.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("session-record");
        record.setVisible(canRecord);
        record.addClickListener(e -> new SessionDialog(n, negotiations, reload, LocalDate.now(clock)).open());
        add(record);

        concessions.setId("negotiation-concessions");
        Concessions.Result r = report.result();
        concessions.add(new Div(getTranslation("negotiation.concessions.line", Formats.decimal(r.ours(), getLocale(), 1),
                Formats.decimal(r.theirs(), getLocale(), 1), r.reciprocity() == null ? getTranslation("negotiation.concessions.noReciprocity")
                        : Formats.decimal(r.reciprocity(), getLocale(), 2))));
        report.warnings().forEach(w -> {
            Div d = new Div(getTranslation(w.messageKey(), w.args().toArray()));
            d.addClassName("wb-error-text");
            d.setId("concession-warning-" + w.code());
            concessions.add(d);
        });
        add(concessions);

        if (!report.points().isEmpty()) {
            List<String> categories = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            for (NegotiationSessionService.Point p : report.points()) {
                categories.add("#" + p.sequence() + " " + Formats.date(p.date(), getLocale()));
                ours.add(p.by() == Concessions.Side.US ? round(p.score()) : null);
                theirs.add(p.by() == Concessions.Side.THEM ? round(p.score()) : null);
            }
            chart.setId("negotiation-offers-chart");
            chart.lines(categories, List.of(getTranslation("negotiation.side.US"), getTranslation("negotiation.side.THEM")), List.of(ours, theirs),
                    true);
            add(new H4(getTranslation("negotiation.offersChart")), chart);
        }

        if (sessions.isEmpty()) {
            add(new Span(getTranslation("negotiation.session.none")));
        }
        int sequence = 0;
        for (NegotiationSessionService.ScoredSession s : sessions) {
            List<OfferRow> rows = new ArrayList<>();
            for (NegotiationSessionService.ScoredOffer o : s.offers()) {
                rows.add(new OfferRow(++sequence, o));
            }
            add(session(s, rows, canRecord, reload));
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private VerticalLayout session(NegotiationSessionService.ScoredSession s, List<OfferRow> rows, boolean canEdit, Runnable reload) {
        NegotiationSession x = s.session();
        VerticalLayout box = new VerticalLayout();
        box.addClassName("wb-card");
        box.setId("session-" + x.getId());
        H4 title = new H4(Formats.date(x.getDate(), getLocale()));
        HorizontalLayout head = new HorizontalLayout(title);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (canEdit) {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
                ConfirmDialog d = new ConfirmDialog(getTranslation("negotiation.session.delete"), getTranslation("negotiation.session.deleteText"),
                        getTranslation("common.delete"), ev -> {
                            negotiations.deleteSession(x.getNegotiationId(), x.getId());
                            reload.run();
                        });
                d.setCancelable(true);
                d.setCancelText(getTranslation("common.cancel"));
                d.open();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("negotiation.session.delete"));
            head.add(delete);
        }
        box.add(head);
        if (x.getAttendeesUs() != null || x.getAttendeesThem() != null) {
            box.add(new Div(getTranslation("negotiation.session.attendeesLine", nz(x.getAttendeesUs()), nz(x.getAttendeesThem()))));
        }
        if (!rows.isEmpty()) {
            Grid<OfferRow> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(OfferRow::sequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(o -> Labels.of(this, o.offer().offer().by())).setHeader(getTranslation("negotiation.offer.by")).setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(o -> o.offer().offer().values().entrySet().stream()
                    .map(e -> e.getKey() + " " + Formats.decimal(e.getValue(), getLocale(), 2)).collect(Collectors.joining(" · ")))
                    .setHeader(getTranslation("negotiation.offer.values")).setFlexGrow(3);
            grid.addColumn(o -> Formats.decimal(o.offer().scored().result().score(), getLocale(), 1)).setHeader(getTranslation("negotiation.offer.score"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(o -> {
                List<String> notes = new ArrayList<>();
                if (!o.offer().scored().result().breaches().isEmpty()) {
                    notes.add(getTranslation("negotiation.calc.breaches", String.join(", ", o.offer().scored().result().breaches())));
                }
                o.offer().scored().warnings().forEach(w -> notes.add(getTranslation(w.messageKey(), w.args().toArray())));
                return String.join(" ", notes);
            }).setHeader(getTranslation("negotiation.offer.warnings")).setFlexGrow(3);
            grid.setItems(rows);
            grid.setAllRowsVisible(true);
            box.add(grid);
        }
        if (x.getNotes() != null) {
            box.add(new Div(getTranslation("negotiation.session.notesLine", x.getNotes())));
        }
        if (x.getNextSteps() != null) {
            box.add(new Div(getTranslation("negotiation.session.nextStepsLine", x.getNextSteps())));
        }
        NegotiationSession.CreditSnapshot c = s.credit();
        Div credit = new Div(c == null ? getTranslation("negotiation.session.noCredit")
                : getTranslation("negotiation.session.creditLine", nz(c.rating()), Formats.amount(c.limit(), getLocale()),
                        Formats.amount(c.available(), getLocale()), Formats.amount(c.overdue(), getLocale()), c.termsDays() == null ? "" : c.termsDays()));
        credit.addClassName("wb-muted");
        box.add(credit);
        Div checklist = new Div(getTranslation("negotiation.session.checklistLine", x.getChecklist().size(),
                com.creditwb.workbench.negotiation.domain.Confidentiality.SessionItem.values().length,
                x.getChecklist().stream().map(i -> Labels.of(this, i)).collect(Collectors.joining("; "))));
        checklist.addClassName("wb-muted");
        box.add(checklist);
        return box;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
