package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Map;

/** One account's economics by year: the list, and the form that enters, corrects or deletes a year. */
class EconomicsCard extends Div {

    final Problems problems = new Problems();

    private final Long customerId;
    private final transient KeyAccountService keyAccounts;
    private final transient com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    private final transient Runnable saved;
    final Grid<AccountEconomics> years = new Grid<>();
    final IntegerField year = new IntegerField();
    final AmountField revenue = new AmountField();
    final AmountField costOfGoods = new AmountField();
    final AmountField variableCost = new AmountField();
    final AmountField fixedCost = new AmountField();
    final NumberField shareOfWallet = new NumberField();
    final IntegerField purchases = new IntegerField();
    final IntegerField tenure = new IntegerField();
    final Button saveYear = new Button();
    final Button deleteYear = new Button();
    private Long yearVersion;

    private Map<Integer, Long> readVersions = Map.of();

    EconomicsCard(Long customerId, KeyAccountService keyAccounts, com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService, Runnable saved) {
        this.customerId = customerId;
        this.keyAccounts = keyAccounts;
        this.economicsService = economicsService;
        this.saved = saved;
        add(new H3(getTranslation("keyaccount.economics.title")));
        addClassName("wb-card");
        var l = getLocale();
        years.setId("ka-years");
        years.addThemeVariants(GridVariant.LUMO_COMPACT);
        years.addColumn(AccountEconomics::year).setHeader(getTranslation("keyaccount.economics.year")).setAutoWidth(true);
        years.addColumn(e -> Formats.amount(e.revenue(), l)).setHeader(getTranslation("keyaccount.economics.revenue"));
        years.addColumn(e -> Formats.amount(e.costOfGoods(), l)).setHeader(getTranslation("keyaccount.economics.costOfGoods"));
        years.addColumn(e -> Formats.amount(e.variableCostToServe().add(e.fixedCostToServe()), l))
                .setHeader(getTranslation("keyaccount.economics.variableCostToServe") + " + " + getTranslation("keyaccount.economics.fixedCostToServe"));
        years.addColumn(e -> Formats.amount(e.profitContribution(), l)).setHeader(getTranslation("keyaccount.economics.profitContribution"));
        years.addColumn(e -> Formats.percent(e.margin(), l)).setHeader(getTranslation("keyaccount.economics.margin"));
        years.addColumn(e -> Formats.percent(e.shareOfWallet(), l)).setHeader(getTranslation("keyaccount.economics.shareOfWallet"));
        years.setAllRowsVisible(true);
        years.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        add(years);
        if (keyAccounts.canEditEconomics(customerId)) {
            year.setLabel(getTranslation("keyaccount.economics.year"));
            year.setId("ka-year");
            // the version of the row the user read (none for a year not shown), never re-read from the database
            year.addValueChangeListener(e -> yearVersion = e.getValue() == null ? null : readVersions.get(e.getValue()));
            field(revenue, "keyaccount.economics.revenue", "ka-revenue");
            field(costOfGoods, "keyaccount.economics.costOfGoods", "ka-cogs");
            field(variableCost, "keyaccount.economics.variableCostToServe", "ka-variable");
            field(fixedCost, "keyaccount.economics.fixedCostToServe", "ka-fixed");
            shareOfWallet.setLabel(getTranslation("keyaccount.economics.shareOfWallet"));
            shareOfWallet.setId("ka-share");
            shareOfWallet.setMin(0);
            shareOfWallet.setMax(100);
            purchases.setLabel(getTranslation("keyaccount.economics.purchasesPerYear"));
            purchases.setId("ka-purchases");
            tenure.setLabel(getTranslation("keyaccount.economics.yearsAsCustomer"));
            tenure.setId("ka-tenure");
            saveYear.setText(getTranslation("keyaccount.economics.save"));
            saveYear.setId("ka-save-year");
            saveYear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveYear.addClickListener(e -> saveYear());
            deleteYear.setText(getTranslation("keyaccount.economics.delete"));
            deleteYear.setId("ka-delete-year");
            deleteYear.addThemeVariants(ButtonVariant.LUMO_ERROR);
            deleteYear.addClickListener(e -> deleteYear());
            HorizontalLayout form = new HorizontalLayout(year, revenue, costOfGoods, variableCost, fixedCost, shareOfWallet, purchases, tenure);
            form.setWrap(true);
            add(form, problems, new HorizontalLayout(saveYear, deleteYear));
        }
    }

    private void field(AmountField f, String key, String id) {
        f.setLabel(getTranslation(key));
        f.setId(id);
    }

    void edit(AccountEconomics e) {
        if (e == null) {
            return;
        }
        year.setValue(e.year());
        revenue.setValue(e.revenue());
        costOfGoods.setValue(e.costOfGoods());
        variableCost.setValue(e.variableCostToServe());
        fixedCost.setValue(e.fixedCostToServe());
        shareOfWallet.setValue(e.shareOfWallet() == null ? null : e.shareOfWallet() * 100);
        purchases.setValue(e.purchasesPerYear());
        tenure.setValue(e.yearsAsCustomer());
    }

    void saveYear() {
        problems.clear();
        if (year.getValue() == null) {
            problems.mark(year, getTranslation("validation.required"));
            return;
        }
        AccountEconomics e = new AccountEconomics(year.getValue(), revenue.getValue(), costOfGoods.getValue(), variableCost.getValue(),
                fixedCost.getValue(), shareOfWallet.getValue() == null ? null : shareOfWallet.getValue() / 100, purchases.getValue(),
                tenure.getValue());
        problems.attempt(() -> {
            economicsService.saveYear(customerId, e, yearVersion);
            Notify.success(getTranslation("keyaccount.economics.saved", String.valueOf(e.year())));
            saved.run();
        }, Map.of("year", year, "revenue", revenue, "costOfGoods", costOfGoods, "variableCostToServe", variableCost,
                "fixedCostToServe", fixedCost, "shareOfWallet", shareOfWallet, "purchasesPerYear", purchases, "yearsAsCustomer", tenure),
                saved);
    }

    void deleteYear() {
        if (year.getValue() != null && readVersions.containsKey(year.getValue())) {
            try {
                economicsService.deleteYear(customerId, year.getValue(), readVersions.get(year.getValue()));
                Notify.success(getTranslation("keyaccount.economics.deleted", String.valueOf(year.getValue())));
                saved.run();
            } catch (ConcurrentEditException ex) {
                ConcurrentEditDialog.open(this, ex, saved::run);
            }
        }
    }

    /** Shows the years with the versions read alongside them (what a save or delete is checked against). */
    void show(List<AccountEconomics> list, Map<Integer, Long> versions) {
        readVersions = Map.copyOf(versions);
        years.setItems(list.reversed());
        yearVersion = year.getValue() == null ? null : readVersions.get(year.getValue());
    }
}
