package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.common.ui.EditableRows;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationSession;
import com.creditwb.workbench.negotiation.NegotiationSessionService;
import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records a session: date, who attended on each side, the offers and counter-offers in order, notes, next steps, checklist. */
class SessionDialog extends FormDialog {

    /** One offer's row: who made it and a value per issue. */
    final class OfferRow extends EditableRows.Row<NegotiationSession.Offer> {
        final Select<Concessions.Side> by = new Select<>();
        final Map<String, NumberField> values = new LinkedHashMap<>();

        OfferRow(NegotiationSession.Offer offer) {
            int index = offers.rows().size();
            by.setLabel(getTranslation("negotiation.offer.by"));
            by.setItems(Concessions.Side.values());
            by.setItemLabelGenerator(s -> Labels.of(SessionDialog.this, s));
            by.setValue(offer.by());
            by.setWidth("9em");
            by.setId("offer-" + index + "-by");
            add(by);
            int k = 0;
            for (PlanIssue i : negotiation.getIssues()) {
                NumberField f = new NumberField(i.name());
                f.setWidth("8em");
                f.setId("offer-" + index + "-" + k++);
                f.setValue(offer.values().get(i.name()));
                values.put(i.name(), f);
                add(f);
            }
        }

        @Override
        public NegotiationSession.Offer value() {
            Map<String, Double> v = new LinkedHashMap<>();
            values.forEach((name, f) -> {
                if (f.getValue() != null) {
                    v.put(name, f.getValue());
                }
            });
            return new NegotiationSession.Offer(by.getValue(), v);
        }
    }

    private final Negotiation negotiation;
    final DatePicker date = new DatePicker();
    final TextField attendeesUs = new TextField();
    final TextField attendeesThem = new TextField();
    final TextArea notes = new TextArea();
    final TextArea nextSteps = new TextArea();
    final CheckboxGroup<Confidentiality.SessionItem> checklist = new CheckboxGroup<>();
    final EditableRows<NegotiationSession.Offer, OfferRow> offers = new EditableRows<>("session-offers", "negotiation.offer.addOurs",
            o -> new OfferRow(o == null ? new NegotiationSession.Offer(Concessions.Side.US, Map.of()) : o));
    final Button save;
    private final transient NegotiationSessionService negotiations;
    private final transient Runnable saved;

    SessionDialog(Negotiation n, NegotiationSessionService negotiations, Runnable saved, LocalDate today) {
        super(null, null);
        setHeaderTitle(getTranslation("negotiation.session.record"));
        primary().setText(getTranslation("common.save"));
        this.negotiation = n;
        this.negotiations = negotiations;
        this.saved = saved;
        setWidth("min(70em, 95vw)");
        date.setLabel(getTranslation("negotiation.session.date"));
        date.setValue(today);
        date.setId("session-date");
        attendeesUs.setLabel(getTranslation("negotiation.session.attendeesUs"));
        attendeesUs.setValue(String.join(", ", n.participants()));
        attendeesUs.setWidthFull();
        attendeesThem.setLabel(getTranslation("negotiation.session.attendeesThem"));
        attendeesThem.setWidthFull();
        attendeesThem.setId("session-attendees-them");
        notes.setLabel(getTranslation("negotiation.session.notes"));
        notes.setWidthFull();
        nextSteps.setLabel(getTranslation("negotiation.session.nextSteps"));
        nextSteps.setWidthFull();
        checklist.setLabel(getTranslation("negotiation.session.checklist"));
        checklist.setItems(Confidentiality.SessionItem.values());
        checklist.setItemLabelGenerator(i -> Labels.of(this, i));
        checklist.setId("session-checklist");
        offers.setEditable(true);
        offers.add.setVisible(false);
        Button addOurs = new Button(getTranslation("negotiation.offer.addOurs"), VaadinIcon.PLUS.create(), e -> addOffer(Concessions.Side.US));
        addOurs.setId("session-add-ours");
        Button addTheirs = new Button(getTranslation("negotiation.offer.addTheirs"), VaadinIcon.PLUS.create(), e -> addOffer(Concessions.Side.THEM));
        addTheirs.setId("session-add-theirs");
        problems().setId("session-problems");
        with(date, attendeesUs, attendeesThem, new H4(getTranslation("negotiation.offers")), offers,
                new HorizontalLayout(addOurs, addTheirs), notes, nextSteps, checklist);
        fields(Map.of("date", date, "attendeesUs", attendeesUs, "attendeesThem", attendeesThem, "notes", notes, "nextSteps", nextSteps));
        if (n.getIssues().isEmpty()) {
            addOurs.setEnabled(false);
            addTheirs.setEnabled(false);
            with(new Div(getTranslation("negotiation.offer.noIssues")));
        }
        save = primary();
        save.setId("session-save");
        onPrimary(() -> {
            negotiations.addSession(negotiation.getId(), form());
            Notify.success(getTranslation("negotiation.session.saved"));
            saved.run();
        });
    }

    void addOffer(Concessions.Side side) {
        offers.addRow(new NegotiationSession.Offer(side, Map.of()));
    }

    NegotiationSessionService.SessionForm form() {
        return new NegotiationSessionService.SessionForm(date.getValue(), attendeesUs.getValue(), attendeesThem.getValue(),
                offers.values(), notes.getValue(), nextSteps.getValue(), checklist.getValue());
    }
}
