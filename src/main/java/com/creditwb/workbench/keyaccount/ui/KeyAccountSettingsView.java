package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.ui.AhpDialog;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The key-account settings: ADMIN changes them (every figure in % where it is a share), the others read them. */
@com.vaadin.flow.router.Menu(title = "nav.keyAccountSettings", order = 3.2, icon = "vaadin:cog")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.keyAccounts")
@Route("key-accounts/settings")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
public class KeyAccountSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Problems problems = new Problems();

    private final transient KeyAccountService keyAccounts;
    final Map<String, NumberField> fields = new LinkedHashMap<>();
    final Map<LoyaltyIndicator, NumberField> weights = new EnumMap<>(LoyaltyIndicator.class);
    final Button save = new Button();
    private List<Double> comparisons;

    public KeyAccountSettingsView(KeyAccountService keyAccounts, AhpWeights ahp) {
        this.keyAccounts = keyAccounts;
        addClassName("wb-page");
        boolean edit = keyAccounts.canEditSettings();
        KeyAccountSettings s = keyAccounts.settings();
        comparisons = s.indicatorComparisons();
        add(new H2(getTranslation("keyaccount.settings.title")));
        if (!edit) {
            add(new Paragraph(getTranslation("keyaccount.settings.readOnly")));
        }
        FormLayout projection = form(edit, new Object[][] {{"growth", s.growth() * 100}, {"retention", s.retention() * 100},
                {"discountRate", s.discountRate() * 100}, {"relationshipLifeYears", (double) s.relationshipLifeYears()},
                {"minYearsForNpv", (double) s.minYearsForNpv()}});
        FormLayout segments = form(edit, new Object[][] {{"platinumShare", s.platinumShare() * 100}, {"goldShare", s.goldShare() * 100},
                {"ironShare", s.ironShare() * 100}, {"paretoHead", s.paretoHead() * 100}, {"identificationYes", s.identificationYes()},
                {"identificationMaybe", s.identificationMaybe()}, {"longRelationshipYears", (double) s.longRelationshipYears()},
                {"highMargin", s.highMargin() * 100}, {"lowMargin", s.lowMargin() * 100},
                {"manyCustomersAbove", (double) s.manyCustomersAbove()}, {"fewCustomersBelow", (double) s.fewCustomersBelow()}});
        FormLayout weightForm = new FormLayout();
        for (LoyaltyIndicator i : LoyaltyIndicator.values()) {
            NumberField f = new NumberField(getTranslation(i.messageKey()));
            f.setValue(round(s.indicatorWeights().get(i) * 100));
            f.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            f.setReadOnly(!edit);
            f.setId("weight-" + i.name());
            weights.put(i, f);
            weightForm.add(f);
        }
        Button ahpButton = new Button(getTranslation("keyaccount.settings.ahp"), e -> new AhpDialog(ahp, getTranslation("keyaccount.settings.weights"),
                Arrays.stream(LoyaltyIndicator.values()).map(i -> getTranslation(i.messageKey())).toList(), comparisons, (w, upper) -> {
                    for (int k = 0; k < w.length; k++) {
                        weights.get(LoyaltyIndicator.values()[k]).setValue(round(w[k] * 100));
                    }
                    comparisons = upper;
                }).open());
        ahpButton.setVisible(edit);
        save.setText(getTranslation("keyaccount.settings.save"));
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(edit);
        save.addClickListener(e -> save());
        add(new H3(getTranslation("keyaccount.settings.projection")), projection, new H3(getTranslation("keyaccount.settings.weights")),
                weightForm, ahpButton, new H3(getTranslation("keyaccount.settings.segments")), segments, problems, save);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private FormLayout form(boolean edit, Object[][] entries) {
        FormLayout form = new FormLayout();
        for (Object[] e : entries) {
            NumberField f = new NumberField(getTranslation("keyaccount.settings." + e[0]));
            f.setValue((Double) e[1]);
            f.setReadOnly(!edit);
            f.setId("setting-" + e[0]);
            fields.put((String) e[0], f);
            form.add(f);
        }
        return form;
    }

    private double v(String name) {
        Double d = fields.get(name).getValue();
        return d == null ? Double.NaN : d;
    }

    KeyAccountSettings settings() {
        Map<LoyaltyIndicator, Double> w = new EnumMap<>(LoyaltyIndicator.class);
        weights.forEach((k, f) -> w.put(k, f.getValue() == null ? Double.NaN : f.getValue() / 100));
        return new KeyAccountSettings(v("growth") / 100, v("retention") / 100, v("discountRate") / 100, (int) v("relationshipLifeYears"),
                (int) v("minYearsForNpv"), w, comparisons, v("platinumShare") / 100, v("goldShare") / 100, v("ironShare") / 100,
                v("paretoHead") / 100, v("identificationYes"), v("identificationMaybe"), (int) v("longRelationshipYears"),
                v("highMargin") / 100, v("lowMargin") / 100, (int) v("manyCustomersAbove"), (int) v("fewCustomersBelow"));
    }

    void save() {
        problems.attempt(() -> {
            keyAccounts.saveSettings(settings());
            Notify.success(getTranslation("keyaccount.settings.saved"));
        }, fields, null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keyaccount.settings.title");
    }
}
