package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.math.Npv;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Lines;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.keyaccount.KeyAccountProfile;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport;
import com.creditwb.workbench.keyaccount.plan.KeyAccountPlan;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import com.creditwb.workbench.keyaccount.value.Identification;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The customer's key-account page: what the analysis says, and everything it is computed from. */
public class KeyAccountPanel extends VerticalLayout {

    private final Customer customer;
    private final transient KeyAccountService keyAccounts;
    private final transient PlanService plans;
    private final transient KeyAccountExport export;
    final Div value = new Div();
    final Grid<AccountEconomics> years = new Grid<>();
    final IntegerField year = new IntegerField();
    final BigDecimalField revenue = new BigDecimalField();
    final BigDecimalField costOfGoods = new BigDecimalField();
    final BigDecimalField variableCost = new BigDecimalField();
    final BigDecimalField fixedCost = new BigDecimalField();
    final NumberField shareOfWallet = new NumberField();
    final IntegerField purchases = new IntegerField();
    final IntegerField tenure = new IntegerField();
    final Button saveYear = new Button();
    final Button deleteYear = new Button();
    final List<Select<Integer>> answers = new ArrayList<>();
    final Span identificationScore = new Span();
    final Select<Identification.Outcome> confirmed = new Select<>();
    final Button saveIdentification = new Button();
    final Map<LoyaltyIndicator, NumberField> indicators = new EnumMap<>(LoyaltyIndicator.class);
    final Button saveIndicators = new Button();
    final NumberField galeP = new NumberField();
    final VerticalLayout galeRows = new VerticalLayout();
    final Span galeResult = new Span();
    final Button saveGale = new Button();
    final Div planList = new Div();
    final Button newPlan = new Button();
    private KeyAccountProfile profile;
    private Long yearVersion;

    public KeyAccountPanel(Customer customer, KeyAccountService keyAccounts, PlanService plans, KeyAccountExport export) {
        this.customer = customer;
        this.export = export;
        this.keyAccounts = keyAccounts;
        this.plans = plans;
        setPadding(false);
        value.setId("ka-value");
        value.addClassName("wb-card");
        add(value);
        add(economicsSection());
        add(identificationSection());
        add(indicatorSection());
        add(galeSection());
        add(plansSection());
        refresh();
    }

    private boolean canEditProfile() {
        return keyAccounts.canEditProfile(customer.getId());
    }

    void refresh() {
        KeyAccountService.AccountView view = keyAccounts.account(customer.getId());
        profile = view.profile();
        showValue(view);
        years.setItems(view.years().reversed());
        List<Integer> a = profile.getAnswers();
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).setValue(i < a.size() ? a.get(i) : null);
        }
        confirmed.setValue(profile.getConfirmedOutcome());
        updateIdentificationScore();
        Map<LoyaltyIndicator, Double> ind = profile.getIndicators();
        indicators.forEach((k, f) -> f.setValue(ind.get(k)));
        GaleValue.Survey survey = profile.getGale();
        galeP.setValue(survey.qualityWeight());
        galeRows.removeAll();
        survey.elements().forEach(this::addGaleRow);
        updateGale();
        showPlans();
    }

    // --- value and segments ------------------------------------------------------------------------

    private void showValue(KeyAccountService.AccountView view) {
        value.removeAll();
        value.add(new H3(getTranslation("keyaccount.value.title")));
        Segmentation.Value v = view.value();
        if (v == null || v.year() == null) {
            Paragraph none = new Paragraph(getTranslation("keyaccount.value.none"));
            none.setId("ka-no-value");
            value.add(none);
            return;
        }
        var l = getLocale();
        Div lines = new Div(
                Lines.line(this, "keyaccount.economics.revenue", Formats.amount(v.revenue(), l)),
                line("ka-current-value", getTranslation("keyaccount.value.current", String.valueOf(v.year())),
                        Formats.amount(v.currentValue(), l) + " · " + Formats.percent(v.margin(), l)),
                Lines.line(this, "keyaccount.value.npv", v.npv() == null ? "" : Formats.amount(BigDecimal.valueOf(v.npv()), l)),
                line("ka-potential", getTranslation("keyaccount.value.potential"), v.potentialScore() == null ? getTranslation("keyaccount.value.method.NONE")
                        : Formats.decimal(v.potentialScore(), l, 1) + " (" + getTranslation("keyaccount.value.method." + v.method()) + ")"),
                line("ka-quadrant", getTranslation("keyaccount.value.quadrant"), Labels.of(this, v.quadrant())),
                line("ka-strategy", getTranslation("keyaccount.value.strategy"), v.quadrant() == null ? ""
                        : getTranslation(v.quadrant().relationshipKey()) + "; " + getTranslation(v.quadrant().resourcesKey())),
                line("ka-tier", getTranslation("keyaccount.value.tier"), Labels.of(this, v.tier())),
                line("ka-pareto", getTranslation("keyaccount.value.pareto"), pareto(v)),
                line("ka-loyalty", getTranslation("keyaccount.value.loyalty"), Labels.of(this, v.loyalty())),
                line("ka-profitability", getTranslation("keyaccount.value.profitability"), Labels.of(this, v.profitability())),
                line("ka-kotler", getTranslation("keyaccount.value.kotler"), Labels.of(this, v.kotlerLevel())
                        + " · " + getTranslation("keyaccount.value.currentLevel") + ": " + Labels.of(this, customer.getRelationshipLevel())),
                line("ka-gale", getTranslation("keyaccount.value.galeValue"), view.gale() == null ? ""
                        : Formats.decimal(view.gale().customerValue(), l, 2)),
                line("ka-identification", getTranslation("keyaccount.value.identification"),
                        Labels.of(this, profile.getConfirmedOutcome() != null ? profile.getConfirmedOutcome()
                                : view.identification() == null ? null : view.identification().suggested())));
        value.add(lines);
        value.add(projection(view.projection()));
    }

    private String pareto(Segmentation.Value v) {
        List<String> parts = new ArrayList<>();
        if (v.revenueHead()) {
            parts.add(getTranslation("keyaccount.value.paretoRevenue"));
        }
        if (v.profitHead()) {
            parts.add(getTranslation("keyaccount.value.paretoProfit"));
        }
        return parts.isEmpty() ? getTranslation("keyaccount.value.paretoNone") : String.join("; ", parts);
    }

    private Div line(String id, String label, String text) {
        Span l = new Span(label);
        l.addClassName("wb-label");
        Span v = new Span(text == null || text.isEmpty() ? getTranslation("keyaccount.value.unknown") : text);
        v.setId(id);
        Div row = new Div(l, v);
        row.addClassName("wb-line");
        return row;
    }

    private Div projection(Npv.Projection p) {
        Div box = new Div(new H3(getTranslation("keyaccount.projection.title")));
        box.setId("ka-projection");
        if (p == null) {
            box.add(new Paragraph(getTranslation("keyaccount.projection.short")));
            return box;
        }
        KeyAccountSettings s = keyAccounts.settings();
        var l = getLocale();
        box.add(new Paragraph(getTranslation("keyaccount.projection.help", Formats.percent(s.growth(), l), Formats.percent(s.retention(), l),
                Formats.percent(s.discountRate(), l), p.years().size())));
        Grid<Npv.Year> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Npv.Year::year).setHeader(getTranslation("keyaccount.projection.year")).setAutoWidth(true);
        grid.addColumn(y -> Formats.amount(BigDecimal.valueOf(y.margin()), l)).setHeader(getTranslation("keyaccount.projection.margin"));
        grid.addColumn(y -> Formats.percent(y.survival(), l)).setHeader(getTranslation("keyaccount.projection.survival"));
        grid.addColumn(y -> Formats.amount(BigDecimal.valueOf(y.expected()), l)).setHeader(getTranslation("keyaccount.projection.expected"));
        grid.addColumn(y -> Formats.decimal(y.discountFactor(), l, 4)).setHeader(getTranslation("keyaccount.projection.factor"));
        grid.addColumn(y -> Formats.amount(BigDecimal.valueOf(y.presentValue()), l)).setHeader(getTranslation("keyaccount.projection.present"));
        grid.setItems(p.years());
        grid.setAllRowsVisible(true);
        Span total = new Span(getTranslation("keyaccount.projection.total", Formats.amount(BigDecimal.valueOf(p.npv()), l)));
        total.setId("ka-npv-total");
        box.add(grid, total);
        return box;
    }

    // --- economics -----------------------------------------------------------------------------------

    private Div economicsSection() {
        Div box = new Div(new H3(getTranslation("keyaccount.economics.title")));
        box.addClassName("wb-card");
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
        box.add(years);
        if (keyAccounts.canEditEconomics(customer.getId())) {
            year.setLabel(getTranslation("keyaccount.economics.year"));
            year.setId("ka-year");
            year.addValueChangeListener(e -> yearVersion = e.getValue() == null ? null : keyAccounts.economicsVersion(customer.getId(), e.getValue()));
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
            box.add(form, new HorizontalLayout(saveYear, deleteYear));
        }
        return box;
    }

    private void field(BigDecimalField f, String key, String id) {
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
        if (year.getValue() == null) {
            year.setInvalid(true);
            year.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        AccountEconomics e = new AccountEconomics(year.getValue(), revenue.getValue(), costOfGoods.getValue(), variableCost.getValue(),
                fixedCost.getValue(), shareOfWallet.getValue() == null ? null : shareOfWallet.getValue() / 100, purchases.getValue(),
                tenure.getValue());
        try {
            keyAccounts.saveYear(customer.getId(), e, yearVersion);
            Notify.success(getTranslation("keyaccount.economics.saved", String.valueOf(e.year())));
            yearVersion = keyAccounts.economicsVersion(customer.getId(), e.year());
            refresh();
        } catch (ValidationException ex) {
            Notify.error(ex.getErrors().stream().map(ValidationException.FieldError::message).distinct()
                    .reduce((a, b) -> a + " " + b).orElse(""));
        } catch (ConcurrentEditException ex) {
            ConcurrentEditDialog.open(this, ex, this::refresh);
        }
    }

    void deleteYear() {
        if (year.getValue() != null) {
            keyAccounts.deleteYear(customer.getId(), year.getValue());
            Notify.success(getTranslation("keyaccount.economics.deleted", String.valueOf(year.getValue())));
            refresh();
        }
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
        box.add(new Div(identificationScore), row);
        return box;
    }

    void updateIdentificationScore() {
        List<Integer> a = answers.stream().map(Select::getValue).toList();
        if (a.stream().anyMatch(v -> v == null)) {
            identificationScore.setText(getTranslation("keyaccount.identification.unanswered"));
            return;
        }
        KeyAccountSettings s = keyAccounts.settings();
        Identification.Result r = Identification.score(a, s.identificationYes(), s.identificationMaybe());
        identificationScore.setText(getTranslation("keyaccount.identification.score", Formats.decimal(r.score(), getLocale(), 0),
                getTranslation(r.suggested().messageKey())));
        if (confirmed.getValue() == null && !confirmed.isReadOnly()) {
            confirmed.setValue(r.suggested());
        }
    }

    void saveIdentification() {
        try {
            keyAccounts.saveIdentification(customer.getId(), profile.getVersion(), answers.stream().map(Select::getValue).toList(),
                    confirmed.getValue());
            Notify.success(getTranslation("keyaccount.identification.save"));
            refresh();
        } catch (ValidationException ex) {
            Notify.error(ex.getErrors().get(0).message());
        } catch (ConcurrentEditException ex) {
            ConcurrentEditDialog.open(this, ex, this::refresh);
        }
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
            try {
                keyAccounts.saveIndicators(customer.getId(), profile.getVersion(), values);
                Notify.success(getTranslation("keyaccount.indicators.save"));
                refresh();
            } catch (ValidationException ex) {
                Notify.error(ex.getErrors().get(0).message());
            } catch (ConcurrentEditException ex) {
                ConcurrentEditDialog.open(this, ex, this::refresh);
            }
        });
        box.add(fields, saveIndicators);
        return box;
    }

    // --- Gale ----------------------------------------------------------------------------------------

    private Div galeSection() {
        Div box = new Div(new H3(getTranslation("keyaccount.gale.title")), new Paragraph(getTranslation("keyaccount.gale.help")));
        box.addClassName("wb-card");
        galeP.setLabel(getTranslation("keyaccount.gale.p"));
        galeP.setMin(0);
        galeP.setMax(1);
        galeP.setStep(0.05);
        galeP.setId("ka-gale-p");
        galeP.setReadOnly(!canEditProfile());
        galeP.addValueChangeListener(e -> updateGale());
        galeRows.setPadding(false);
        galeRows.setSpacing(false);
        galeResult.setId("ka-gale-result");
        Button add = new Button(getTranslation("keyaccount.gale.add"), e -> addGaleRow(null));
        add.setId("ka-gale-add");
        add.setVisible(canEditProfile());
        saveGale.setText(getTranslation("keyaccount.gale.save"));
        saveGale.setId("ka-save-gale");
        saveGale.setVisible(canEditProfile());
        saveGale.addClickListener(e -> {
            try {
                keyAccounts.saveGale(customer.getId(), profile.getVersion(), survey());
                Notify.success(getTranslation("keyaccount.gale.save"));
                refresh();
            } catch (ValidationException ex) {
                Notify.error(ex.getErrors().get(0).message());
            } catch (ConcurrentEditException ex) {
                ConcurrentEditDialog.open(this, ex, this::refresh);
            }
        });
        box.add(galeP, galeRows, new HorizontalLayout(add, saveGale), new Div(galeResult));
        return box;
    }

    /** One element's row: dimension, name, weight, our and the competitor's rating. */
    static final class GaleRow extends HorizontalLayout {
        final Select<GaleValue.Dimension> dimension = new Select<>();
        final TextField name = new TextField();
        final NumberField weight = new NumberField();
        final NumberField ours = new NumberField();
        final NumberField competitor = new NumberField();

        GaleValue.Element element() {
            return new GaleValue.Element(dimension.getValue(), name.getValue(), nz(weight.getValue()), nz(ours.getValue()),
                    nz(competitor.getValue()));
        }

        private static double nz(Double d) {
            return d == null ? 0 : d;
        }
    }

    void addGaleRow(GaleValue.Element e) {
        GaleRow row = new GaleRow();
        row.dimension.setLabel(getTranslation("keyaccount.gale.dimension"));
        row.dimension.setItems(GaleValue.Dimension.values());
        row.dimension.setItemLabelGenerator(d -> d == null ? "" : getTranslation("keyaccount.gale." + d.name()));
        row.dimension.setValue(e == null ? GaleValue.Dimension.QUALITY : e.dimension());
        row.name.setLabel(getTranslation("keyaccount.gale.element"));
        row.name.setMaxLength(100);
        row.weight.setLabel(getTranslation("keyaccount.gale.weight"));
        row.ours.setLabel(getTranslation("keyaccount.gale.ours"));
        row.competitor.setLabel(getTranslation("keyaccount.gale.competitor"));
        if (e != null) {
            row.name.setValue(e.name());
            row.weight.setValue(e.weight());
            row.ours.setValue(e.ours());
            row.competitor.setValue(e.competitor());
        }
        Button remove = new Button(getTranslation("keyaccount.gale.remove"), ev -> {
            galeRows.remove(row);
            updateGale();
        });
        remove.setVisible(canEditProfile());
        row.add(row.dimension, row.name, row.weight, row.ours, row.competitor, remove);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasValue<?, ?>)
                .forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).addValueChangeListener(ev -> updateGale()));
        row.getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasValue<?, ?>)
                .forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(!canEditProfile()));
        galeRows.add(row);
        updateGale();
    }

    GaleValue.Survey survey() {
        List<GaleValue.Element> elements = galeRows.getChildren().filter(GaleRow.class::isInstance).map(c -> ((GaleRow) c).element()).toList();
        return new GaleValue.Survey(galeP.getValue() == null ? 0.5 : galeP.getValue(), elements);
    }

    void updateGale() {
        try {
            GaleValue.Result r = GaleValue.of(survey());
            var l = getLocale();
            galeResult.setText(r == null ? getTranslation("keyaccount.gale.incomplete")
                    : getTranslation("keyaccount.gale.result", Formats.decimal(r.marketQuality(), l, 2), Formats.decimal(r.competitivePrice(), l, 2),
                            Formats.decimal(r.customerValue(), l, 2)));
        } catch (IllegalArgumentException e) {
            galeResult.setText(getTranslation("keyaccount.gale.invalid"));
        }
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
            try {
                KeyAccountPlan p = plans.create(customer.getId());
                UI.getCurrent().navigate(PlanView.class, p.getId());
            } catch (ValidationException ex) {
                Notify.error(ex.getErrors().get(0).message());
            }
        });
        box.add(planList, newPlan);
        return box;
    }

    private void showPlans() {
        planList.removeAll();
        newPlan.setVisible(plans.canCreate(customer.getId()));
        if (!plans.canReadPlans(customer.getId())) {
            return;
        }
        List<KeyAccountPlan> list = plans.plans(customer.getId());
        if (list.isEmpty()) {
            planList.add(new Paragraph(getTranslation("keyaccount.plans.none")));
        }
        for (KeyAccountPlan p : list) {
            Anchor open = new Anchor("key-accounts/plans/" + p.getId(), getTranslation("keyaccount.plan.heading", p.getTitle(), p.getNumber(),
                    getTranslation(p.getState().messageKey())));
            open.setId("ka-plan-" + p.getId());
            java.util.Locale locale = getLocale(); // the download runs outside the UI's request
            Anchor download = ExcelFiles.download(KeyAccountExport.planFileName(customer.getCode(), p.getNumber()),
                    () -> export.plan(p.getId(), locale), getTranslation("keyaccount.plans.download"));
            Div row = new Div(open, new Span(" · "), download);
            row.addClassName("wb-line");
            planList.add(row);
        }
    }
}
