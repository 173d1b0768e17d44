package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationSession;
import com.creditwb.workbench.negotiation.NegotiationSessionService;
import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records a session: date, who attended on each side, the offers and counter-offers in order, notes, next steps, checklist. */
class SessionDialog extends Dialog {

    /** One offer's row: who made it and a value per issue. */
    final class OfferRow extends HorizontalLayout {
        final Select<Concessions.Side> by = new Select<>();
        final Map<String, NumberField> values = new LinkedHashMap<>();

        OfferRow(Concessions.Side side) {
            by.setLabel(getTranslation("negotiation.offer.by"));
            by.setItems(Concessions.Side.values());
            by.setItemLabelGenerator(s -> Labels.of(SessionDialog.this, s));
            by.setValue(side);
            by.setWidth("9em");
            by.setId("offer-" + offers.size() + "-by");
            add(by);
            int k = 0;
            for (PlanIssue i : negotiation.getIssues()) {
                NumberField f = new NumberField(i.name());
                f.setWidth("8em");
                f.setId("offer-" + offers.size() + "-" + k++);
                values.put(i.name(), f);
                add(f);
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                offers.remove(this);
                offerBox.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("common.remove"));
            add(remove);
            setWrap(true);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        NegotiationSession.Offer offer() {
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
    final VerticalLayout offerBox = new VerticalLayout();
    final List<OfferRow> offers = new ArrayList<>();
    final Problems problems = new Problems();
    final Button save = new Button();

    SessionDialog(Negotiation n, NegotiationSessionService negotiations, Runnable saved, LocalDate today) {
        this.negotiation = n;
        setHeaderTitle(getTranslation("negotiation.session.record"));
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
        offerBox.setPadding(false);
        offerBox.setId("session-offers");
        Button addOurs = new Button(getTranslation("negotiation.offer.addOurs"), VaadinIcon.PLUS.create(), e -> addOffer(Concessions.Side.US));
        addOurs.setId("session-add-ours");
        Button addTheirs = new Button(getTranslation("negotiation.offer.addTheirs"), VaadinIcon.PLUS.create(), e -> addOffer(Concessions.Side.THEM));
        addTheirs.setId("session-add-theirs");
        problems.setId("session-problems");
        VerticalLayout body = new VerticalLayout(date, attendeesUs, attendeesThem, new H4(getTranslation("negotiation.offers")), offerBox,
                new HorizontalLayout(addOurs, addTheirs), notes, nextSteps, checklist, problems);
        body.setPadding(false);
        if (n.getIssues().isEmpty()) {
            addOurs.setEnabled(false);
            addTheirs.setEnabled(false);
            body.add(new Div(getTranslation("negotiation.offer.noIssues")));
        }
        add(body);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("session-save");
        save.addClickListener(e -> {
            problems.clear();
            try {
                negotiations.addSession(n.getId(), form());
                Notify.success(getTranslation("negotiation.session.saved"));
                close();
                saved.run();
            } catch (ValidationException ex) {
                problems.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    void addOffer(Concessions.Side side) {
        OfferRow row = new OfferRow(side);
        offers.add(row);
        offerBox.add(row);
    }

    NegotiationSessionService.SessionForm form() {
        return new NegotiationSessionService.SessionForm(date.getValue(), attendeesUs.getValue(), attendeesThem.getValue(),
                offers.stream().map(OfferRow::offer).toList(), notes.getValue(), nextSteps.getValue(), checklist.getValue());
    }
}
