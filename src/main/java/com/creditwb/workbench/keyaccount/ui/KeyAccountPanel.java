package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.keyaccount.KeyAccountProfile;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport;
import com.creditwb.workbench.keyaccount.plan.KeyAccountPlan;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.keyaccount.value.Identification;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The customer's key-account page: what the analysis says, and everything it is computed from. */
public class KeyAccountPanel extends VerticalLayout {

    private final CustomerRecord customer;
    private final transient KeyAccountService keyAccounts;
    private final transient com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;
    private final transient com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    private final transient PlanService plans;
    private final transient KeyAccountExport export;
    final ValueCard value;
    final EconomicsCard economics;
    final GaleCard gale;
    final List<Select<Integer>> answers = new ArrayList<>();
    final Span identificationScore = new Span();
    final Select<Identification.Outcome> confirmed = new Select<>();
    final Button saveIdentification = new Button();
    final Problems identificationProblems = new Problems();
    final Problems indicatorProblems = new Problems();
    final Problems planProblems = new Problems();
    final Map<LoyaltyIndicator, NumberField> indicators = new EnumMap<>(LoyaltyIndicator.class);
    final Button saveIndicators = new Button();
    final Div planList = new Div();
    final Button newPlan = new Button();
    private KeyAccountProfile profile;

    public KeyAccountPanel(CustomerRecord customer, KeyAccountService keyAccounts, com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService, com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService, PlanService plans, KeyAccountExport export) {
        this.customer = customer;
        this.export = export;
        this.keyAccounts = keyAccounts;
        this.profileService = profileService;
        this.economicsService = economicsService;
        this.plans = plans;
        setPadding(false);
        value = new ValueCard(customer, keyAccounts);
        economics = new EconomicsCard(customer.id(), keyAccounts, economicsService, this::refresh);
        gale = new GaleCard(customer.id(), keyAccounts, profileService, canEditProfile(), this::refresh);
        add(value, economics);
        add(identificationSection());
        add(indicatorSection());
        add(gale);
        add(plansSection());
        refresh();
    }

    private boolean canEditProfile() {
        return keyAccounts.canEditProfile(customer.id());
    }

    void refresh() {
        KeyAccountService.AccountView view = keyAccounts.account(customer.id());
        profile = view.profile();
        value.show(view);
        economics.show(view.years(), economicsService.economicsVersions(customer.id()));
        List<Integer> a = profile.getAnswers();
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).setValue(i < a.size() ? a.get(i) : null);
        }
        confirmed.setValue(profile.getConfirmedOutcome());
        updateIdentificationScore();
        Map<LoyaltyIndicator, Double> ind = profile.getIndicators();
        indicators.forEach((k, f) -> f.setValue(ind.get(k)));
        gale.show(profile);
        showPlans();
    }

    // --- identification ------------------------------------------------------------------------------

    private Div identificationSection() {
        Div box = new Div(new H3(getTranslation("keyaccount.identification.title")),
                new Paragraph(getTranslation("keyaccount.identification.help")));
        box.addClassName("wb-card");
        for (Identification.Question q : Identification.Question.values()) {
            Select<Integer> s = new Select<>();
            s.setLabel(getTranslation(q.messageKey()));
            s.setItems(1, 2, 3, 4, 5);
            s.setItemLabelGenerator(v -> v == null ? "" : getTranslation("keyaccount.answer." + v));
            s.setId("ka-q-" + q.name());
            s.setWidthFull();
            s.setReadOnly(!canEditProfile());
            s.addValueChangeListener(e -> updateIdentificationScore());
            answers.add(s);
            box.add(s);
        }
        identificationScore.setId("ka-identification-score");
        confirmed.setLabel(getTranslation("keyaccount.identification.confirmed"));
        confirmed.setItems(Identification.Outcome.values());
        confirmed.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.messageKey()));
        confirmed.setEmptySelectionAllowed(true);
        confirmed.setId("ka-confirmed");
        confirmed.setReadOnly(!canEditProfile());
        saveIdentification.setText(getTranslation("keyaccount.identification.save"));
        saveIdentification.setId("ka-save-identification");
        saveIdentification.setVisible(canEditProfile());
        saveIdentification.addClickListener(e -> saveIdentification());
        HorizontalLayout row = new HorizontalLayout(confirmed, saveIdentification);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        box.add(new Div(identificationScore), row, identificationProblems);
        return box;
    }

    void updateIdentificationScore() {
        List<Integer> a = answers.stream().map(Select::getValue).toList();
        if (a.stream().anyMatch(v -> v == null)) {
            identificationScore.setText(getTranslation("keyaccount.identification.unanswered"));
            return;
        }
        Identification.Result r = profileService.identify(a);
        identificationScore.setText(getTranslation("keyaccount.identification.score", Formats.decimal(r.score(), getLocale(), 0),
                getTranslation(r.suggested().messageKey())));
        if (confirmed.getValue() == null && !confirmed.isReadOnly()) {
            confirmed.setValue(r.suggested());
        }
    }

    void saveIdentification() {
        identificationProblems.attempt(() -> {
            profileService.saveIdentification(customer.id(), profile.getVersion(), answers.stream().map(Select::getValue).toList(),
                    confirmed.getValue());
            Notify.success(getTranslation("keyaccount.identification.save"));
            refresh();
        }, Map.of("confirmed", confirmed), this::refresh);
    }

    // --- loyalty indicators --------------------------------------------------------------------------

    private Div indicatorSection() {
        Div box = new Div(new H3(getTranslation("keyaccount.indicators.title")), new Paragraph(getTranslation("keyaccount.indicators.help")));
        box.addClassName("wb-card");
        HorizontalLayout fields = new HorizontalLayout();
        fields.setWrap(true);
        for (LoyaltyIndicator i : LoyaltyIndicator.values()) {
            NumberField f = new NumberField(getTranslation(i.messageKey()));
            f.setHelperText(getTranslation(i.unitKey()));
            f.setMin(0);
            f.setId("ka-ind-" + i.name());
            f.setReadOnly(!canEditProfile());
            indicators.put(i, f);
            fields.add(f);
        }
        saveIndicators.setText(getTranslation("keyaccount.indicators.save"));
        saveIndicators.setId("ka-save-indicators");
        saveIndicators.setVisible(canEditProfile());
        saveIndicators.addClickListener(e -> {
            Map<LoyaltyIndicator, Double> values = new EnumMap<>(LoyaltyIndicator.class);
            indicators.forEach((k, f) -> values.put(k, f.getValue()));
            indicatorProblems.attempt(() -> {
                profileService.saveIndicators(customer.id(), profile.getVersion(), values);
                Notify.success(getTranslation("keyaccount.indicators.save"));
                refresh();
            }, Map.of(), this::refresh);
        });
        box.add(fields, indicatorProblems, saveIndicators);
        return box;
    }

    // --- plans ---------------------------------------------------------------------------------------

    private Div plansSection() {
        Div box = new Div(new H3(getTranslation("keyaccount.plans.title")));
        box.addClassName("wb-card");
        planList.setId("ka-plans");
        newPlan.setText(getTranslation("keyaccount.plans.new"));
        newPlan.setId("ka-new-plan");
        newPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPlan.addClickListener(e -> {
            planProblems.attempt(() -> {
                KeyAccountPlan p = plans.create(customer.id());
                UI.getCurrent().navigate(PlanView.class, p.getId());
            });
        });
        box.add(planList, planProblems, newPlan);
        return box;
    }

    private void showPlans() {
        planList.removeAll();
        newPlan.setVisible(plans.canCreate(customer.id()));
        if (!plans.canReadPlans(customer.id())) {
            return;
        }
        List<KeyAccountPlan> list = plans.plans(customer.id());
        if (list.isEmpty()) {
            planList.add(new Paragraph(getTranslation("keyaccount.plans.none")));
        }
        for (KeyAccountPlan p : list) {
            Anchor open = new Anchor("key-accounts/plans/" + p.getId(), getTranslation("keyaccount.plan.heading", p.getTitle(), p.getNumber(),
                    getTranslation(p.getState().messageKey())));
            open.setId("ka-plan-" + p.getId());
            java.util.Locale locale = getLocale(); // the download runs outside the UI's request
            Anchor download = ExcelFiles.download(KeyAccountExport.planFileName(customer.code(), p.getNumber()),
                    () -> export.plan(p.getId(), locale), getTranslation("keyaccount.plans.download"));
            Div row = new Div(open, new Span(" · "), download);
            row.addClassName("wb-line");
            planList.add(row);
        }
    }
}
