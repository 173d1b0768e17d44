package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationSession;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counterpart analysis (分析谈判对手): the customer with its USCC validated, the legal-entity checks confirmed with
 * a note, the representative's authority, the counterpart's credit as it stands now, and the bargaining-strength
 * factors with their sum.
 */
class CounterpartTab extends VerticalLayout {

    static final List<Integer> STRENGTH = List.of(-2, -1, 0, 1, 2);

    final Map<CounterpartAnalysis.LegalCheckKind, Checkbox> confirmed = new EnumMap<>(CounterpartAnalysis.LegalCheckKind.class);
    final Map<CounterpartAnalysis.LegalCheckKind, TextField> notes = new EnumMap<>(CounterpartAnalysis.LegalCheckKind.class);
    final TextField authorityName = new TextField();
    final Select<CounterpartAnalysis.AuthorityKind> authorityKind;
    final TextField authorityScope = new TextField();
    final DatePicker authorityValidUntil = new DatePicker();
    final Map<CounterpartAnalysis.StrengthFactor, Select<Integer>> strength = new EnumMap<>(CounterpartAnalysis.StrengthFactor.class);
    final Span strengthSum = new Span();
    final Div credit = new Div();

    CounterpartTab(Negotiation n, CustomerRecord customer, boolean editable, NegotiationSession.CreditSnapshot now) {
        setPadding(false);
        CounterpartAnalysis a = n.getCounterpartAnalysis();
        Anchor name = new Anchor("customers/" + customer.id(), customer.name() + " (" + customer.code() + ")");
        name.setId("negotiation-counterpart");
        Span uscc = new Span(customer.uscc() == null ? getTranslation("negotiation.uscc.none") : customer.uscc());
        Span valid = new Span();
        if (customer.uscc() != null) {
            boolean ok = UnifiedSocialCreditCode.check(customer.uscc()).valid();
            valid.setText(getTranslation(ok ? "negotiation.uscc.valid" : "negotiation.uscc.invalid"));
            valid.getElement().getThemeList().add(ok ? "badge success" : "badge error");
            valid.setId("negotiation-uscc-check");
        }
        HorizontalLayout who = new HorizontalLayout(name, new Span(getTranslation("customer.uscc") + ": "), uscc, valid);
        who.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(who);

        add(new H4(getTranslation("negotiation.legalChecks")));
        for (CounterpartAnalysis.LegalCheckKind k : CounterpartAnalysis.LegalCheckKind.values()) {
            CounterpartAnalysis.LegalCheck check = a.check(k);
            Checkbox box = new Checkbox(Labels.of(this, k), check.confirmed());
            box.setReadOnly(!editable);
            box.setId("legal-check-" + k.name());
            TextField note = new TextField();
            note.setPlaceholder(getTranslation("negotiation.legalCheck.note"));
            note.setValue(check.note() == null ? "" : check.note());
            note.setReadOnly(!editable);
            note.setWidth("30em");
            confirmed.put(k, box);
            notes.put(k, note);
            HorizontalLayout row = new HorizontalLayout(box, note);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            box.setWidth("36em");
            add(row);
        }

        add(new H4(getTranslation("negotiation.authority")));
        CounterpartAnalysis.Authority au = a.authority();
        authorityName.setLabel(getTranslation("negotiation.authority.name"));
        authorityName.setValue(au == null || au.name() == null ? "" : au.name());
        authorityKind = Labels.select(this, "negotiation.authority.kind", CounterpartAnalysis.AuthorityKind.class);
        authorityKind.setEmptySelectionAllowed(true);
        authorityKind.setValue(au == null ? null : au.kind());
        authorityScope.setLabel(getTranslation("negotiation.authority.scope"));
        authorityScope.setValue(au == null || au.scope() == null ? "" : au.scope());
        authorityValidUntil.setLabel(getTranslation("negotiation.authority.validUntil"));
        authorityValidUntil.setValue(au == null ? null : au.validUntil());
        authorityValidUntil.setId("authority-valid-until");
        authorityName.setReadOnly(!editable);
        authorityKind.setReadOnly(!editable);
        authorityScope.setReadOnly(!editable);
        authorityValidUntil.setReadOnly(!editable);
        FormLayout authority = new FormLayout(authorityName, authorityKind, authorityScope, authorityValidUntil);
        add(authority);

        add(new H4(getTranslation("negotiation.creditNow")));
        credit.setId("negotiation-credit");
        showCredit(now);
        add(credit);

        add(new H4(getTranslation("negotiation.strength")));
        Span help = new Span(getTranslation("negotiation.strength.help"));
        help.addClassName("wb-muted");
        add(help);
        FormLayout factors = new FormLayout();
        for (CounterpartAnalysis.StrengthFactor f : CounterpartAnalysis.StrengthFactor.values()) {
            Select<Integer> s = new Select<>();
            s.setLabel(Labels.of(this, f));
            s.setItems(STRENGTH);
            s.setEmptySelectionAllowed(true);
            s.setItemLabelGenerator(v -> v == null ? "" : (v > 0 ? "+" : "") + v);
            s.setValue(a.strength().get(f));
            s.setReadOnly(!editable);
            s.setId("strength-" + f.name());
            s.addValueChangeListener(e -> updateSum());
            strength.put(f, s);
            factors.add(s);
        }
        add(factors);
        strengthSum.setId("strength-sum");
        add(strengthSum);
        updateSum();
    }

    private void showCredit(NegotiationSession.CreditSnapshot c) {
        credit.removeAll();
        if (c == null) {
            credit.add(new Span(getTranslation("negotiation.creditNow.none")));
            return;
        }
        var locale = getLocale();
        credit.add(new Div(getTranslation("negotiation.creditNow.line", c.rating() == null ? "" : c.rating(),
                c.riskClass() == null ? "" : getTranslation("credit.class." + c.riskClass()), Formats.amount(c.limit(), locale),
                Formats.amount(c.available(), locale), Formats.amount(c.overdue(), locale), c.termsDays() == null ? "" : c.termsDays(),
                c.nextReview() == null ? "" : Formats.date(c.nextReview(), locale))));
    }

    private void updateSum() {
        int sum = strength.values().stream().map(Select::getValue).filter(v -> v != null).mapToInt(Integer::intValue).sum();
        strengthSum.setText(getTranslation(sum > 0 ? "negotiation.strength.sumOurs" : sum < 0 ? "negotiation.strength.sumTheirs"
                : "negotiation.strength.sumEven", (sum > 0 ? "+" : "") + sum));
    }

    CounterpartAnalysis analysis() {
        List<CounterpartAnalysis.LegalCheck> checks = new ArrayList<>();
        for (CounterpartAnalysis.LegalCheckKind k : CounterpartAnalysis.LegalCheckKind.values()) {
            String note = notes.get(k).getValue();
            checks.add(new CounterpartAnalysis.LegalCheck(k, confirmed.get(k).getValue(), note == null || note.isBlank() ? null : note.strip()));
        }
        CounterpartAnalysis.Authority authority = authorityName.getValue().isBlank() && authorityKind.getValue() == null
                && authorityScope.getValue().isBlank() && authorityValidUntil.getValue() == null ? null
                : new CounterpartAnalysis.Authority(blankNull(authorityName.getValue()), authorityKind.getValue(), blankNull(authorityScope.getValue()),
                        authorityValidUntil.getValue());
        Map<CounterpartAnalysis.StrengthFactor, Integer> s = new EnumMap<>(CounterpartAnalysis.StrengthFactor.class);
        strength.forEach((f, sel) -> {
            if (sel.getValue() != null) {
                s.put(f, sel.getValue());
            }
        });
        return new CounterpartAnalysis(checks, authority, s);
    }

    static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
