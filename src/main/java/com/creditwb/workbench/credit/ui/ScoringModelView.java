package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.EditableRows;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.credit.model.FiveC;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.model.ScoringModelVersion;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring model (ADMIN edits, credit managers read): factor and sub-factor weights entered or
 * derived by AHP, level descriptors, the ratio scorecard with industry band sets, the composite
 * weights, rating bands, class countermeasures, the limit policy and monitoring thresholds. Saving
 * makes a new version; assessments keep the version they used.
 */
@com.vaadin.flow.router.Menu(title = "nav.scoringModel", order = 2.3, icon = "vaadin:sliders")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.credit")
@Route("credit/model")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
public class ScoringModelView extends VerticalLayout implements HasDynamicTitle {

    final Problems problems = new Problems();

    private final transient ScoringModelService models;
    private final transient com.creditwb.workbench.credit.RescoreService rescore;
    private final transient com.creditwb.workbench.common.AhpWeights ahpWeights;
    private final boolean editable;
    private ScoringModel model;
    final Map<FiveC, NumberField> factorWeights = new EnumMap<>(FiveC.class);
    final Map<SubFactor, NumberField> subWeights = new EnumMap<>(SubFactor.class);
    final Map<SubFactor, List<String>> levelsZh = new EnumMap<>(SubFactor.class);
    final Map<SubFactor, List<String>> levelsEn = new EnumMap<>(SubFactor.class);
    List<Double> factorAhp;
    final Map<FiveC, List<Double>> subAhp = new EnumMap<>(FiveC.class);
    final NumberField fiveCWeight = new NumberField();
    final NumberField ratioWeight = new NumberField();
    final Select<String> bandSet = new Select<>();
    final Map<String, EditableRows<ScoringModel.RatioBand, ModelRows.BandRow>> bands = new LinkedHashMap<>();
    final VerticalLayout bandRows = new VerticalLayout();
    final EditableRows<ScoringModel.RatingBand, ModelRows.RatingRow> ratingRows = new EditableRows<>("model-ratings",
            "credit.model.addRating", r -> new ModelRows.RatingRow(r != null ? r : new ScoringModel.RatingBand("", 0, RiskClass.MEDIUM)));
    final List<ModelRows.ClassRow> classRows = new ArrayList<>();
    final NumberField netWorthShare = new NumberField();
    final NumberField workingCapitalShare = new NumberField();
    final IntegerField roundTo = new IntegerField();
    final IntegerField overdueBlockDays = new IntegerField();
    final IntegerField expiryGraceDays = new IntegerField();
    final NumberField reviewUtilisation = new NumberField();
    final IntegerField reviewSoonDays = new IntegerField();
    final TextField note = new TextField();
    final Button save = new Button();
    final Grid<ScoringModelVersion> versions = new Grid<>();

    private final transient com.creditwb.workbench.security.UserService users;

    public ScoringModelView(ScoringModelService models, com.creditwb.workbench.credit.RescoreService rescore,
            com.creditwb.workbench.common.AhpWeights ahpWeights, com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.models = models;
        this.ahpWeights = ahpWeights;
        this.rescore = rescore;
        this.editable = models.canEdit();
        addClassName("wb-page");
        load();
    }

    void load() {
        removeAll();
        ScoringModelVersion current = models.current();
        model = current.model();
        add(new H2(getTranslation("credit.model.title")), new Paragraph(getTranslation("credit.model.intro", current.getNumber())));
        add(factors(), composite(), bandsSection(), ratingsSection(), classesSection(), policySection());
        note.setLabel(getTranslation("credit.model.note"));
        note.setWidth("32em");
        note.setMaxLength(500);
        note.setId("model-note");
        save.setText(getTranslation("credit.model.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-model");
        save.addClickListener(e -> save());
        HorizontalLayout bar = new HorizontalLayout(note, save);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setVisible(editable);
        versions.setId("model-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.addColumn(ScoringModelVersion::getNumber).setHeader(getTranslation("credit.model.version")).setAutoWidth(true);
        versions.addColumn(v -> users.displayName(v.getCreatedBy()) + " · " + Formats.dateTime(v.getCreatedAt(), getLocale()))
                .setHeader(getTranslation("credit.model.createdBy")).setAutoWidth(true);
        versions.addColumn(v -> v.getNote() == null ? "" : v.getNote()).setHeader(getTranslation("credit.model.note")).setFlexGrow(2);
        versions.setItems(models.versions());
        versions.setAllRowsVisible(true);
        Details rescoring = new Details(getTranslation("rescore.title"), new RescorePanel(rescore, model));
        rescoring.setOpened(true);
        add(problems, bar, new Details(getTranslation("credit.model.versions"), versions), rescoring);
        if (!editable) {
            readOnly(this);
        }
    }

    private Details factors() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        factorAhp = model.factorAhp();
        HorizontalLayout weights = new HorizontalLayout();
        weights.setWrap(true);
        for (ScoringModel.FactorDef f : model.factors()) {
            NumberField w = weightField(getTranslation(f.factor().messageKey()), f.weight());
            w.setId("weight-" + f.factor().name());
            w.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    factorAhp = null;
                }
            });
            factorWeights.put(f.factor(), w);
            weights.add(w);
        }
        Button ahp = ahpButton(getTranslation("credit.model.factors"), () -> List.of(FiveC.values()).stream()
                .map(f -> getTranslation(f.messageKey())).toList(), () -> factorAhp, (w, upper) -> {
                    FiveC[] fs = FiveC.values();
                    for (int i = 0; i < fs.length; i++) {
                        factorWeights.get(fs[i]).setValue(round(w[i]));
                    }
                    factorAhp = upper;
                });
        ahp.setId("ahp-factors");
        weights.add(ahp);
        weights.setAlignItems(Alignment.BASELINE);
        box.add(weights);
        for (ScoringModel.FactorDef f : model.factors()) {
            subAhp.put(f.factor(), f.ahp());
            HorizontalLayout subs = new HorizontalLayout();
            subs.setWrap(true);
            subs.setAlignItems(Alignment.BASELINE);
            for (ScoringModel.SubFactorDef s : f.subFactors()) {
                NumberField w = weightField(getTranslation(s.code().messageKey()), s.weight());
                w.setId("weight-" + s.code().name());
                w.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        subAhp.put(f.factor(), null);
                    }
                });
                levelsZh.put(s.code(), new ArrayList<>(s.levelsZh()));
                levelsEn.put(s.code(), new ArrayList<>(s.levelsEn()));
                Button levels = new Button(VaadinIcon.LIST_OL.create(), e -> editLevels(s.code()));
                levels.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                levels.getElement().setAttribute("title", getTranslation("credit.model.levels"));
                levels.setId("levels-" + s.code().name());
                subWeights.put(s.code(), w);
                subs.add(new HorizontalLayout(w, levels));
            }
            Button subAhpButton = ahpButton(getTranslation(f.factor().messageKey()), () -> SubFactor.of(f.factor()).stream()
                    .map(s -> getTranslation(s.messageKey())).toList(), () -> subAhp.get(f.factor()), (w, upper) -> {
                        List<SubFactor> codes = SubFactor.of(f.factor());
                        for (int i = 0; i < codes.size(); i++) {
                            subWeights.get(codes.get(i)).setValue(round(w[i]));
                        }
                        subAhp.put(f.factor(), upper);
                    });
            subAhpButton.setId("ahp-" + f.factor().name());
            subs.add(subAhpButton);
            Details d = new Details(getTranslation(f.factor().messageKey()), subs);
            box.add(d);
        }
        Details section = new Details(getTranslation("credit.model.factors"), box);
        section.setOpened(true);
        return section;
    }

    private Button ahpButton(String title, java.util.function.Supplier<List<String>> names, java.util.function.Supplier<List<Double>> upper,
            java.util.function.BiConsumer<double[], List<Double>> apply) {
        Button b = new Button(getTranslation("credit.model.ahp"), VaadinIcon.GRID_SMALL.create(),
                e -> new com.creditwb.workbench.common.ui.AhpDialog(ahpWeights, title, names.get(), upper.get(), apply).open());
        b.setVisible(editable);
        return b;
    }

    private void editLevels(SubFactor code) {
        List<TextField> zh = new ArrayList<>();
        List<TextField> en = new ArrayList<>();
        VerticalLayout rows = new VerticalLayout();
        for (int level = 1; level <= 5; level++) {
            TextField z = new TextField("zh " + level);
            z.setValue(levelsZh.get(code).get(level - 1));
            z.setWidth("22em");
            z.setReadOnly(!editable);
            TextField e = new TextField("en " + level);
            e.setValue(levelsEn.get(code).get(level - 1));
            e.setWidth("22em");
            e.setReadOnly(!editable);
            zh.add(z);
            en.add(e);
            rows.add(new HorizontalLayout(z, e));
        }
        // the levels' texts go into the model being edited; the page saves it as a new version
        FormDialog d = new FormDialog(getTranslation("credit.model.levelsOf", getTranslation(code.messageKey())), getTranslation("common.ok"), () -> {
            for (int i = 0; i < 5; i++) {
                levelsZh.get(code).set(i, zh.get(i).getValue());
                levelsEn.get(code).set(i, en.get(i).getValue());
            }
        });
        d.setWidth("800px");
        d.with(rows);
        d.primary().setVisible(editable);
        d.open();
    }

    private Details composite() {
        fiveCWeight.setLabel(getTranslation("credit.fiveCScore"));
        fiveCWeight.setValue(model.fiveCWeight());
        fiveCWeight.setId("weight-fiveC");
        ratioWeight.setLabel(getTranslation("credit.ratioScore"));
        ratioWeight.setValue(model.ratioWeight());
        ratioWeight.setId("weight-ratio");
        return new Details(getTranslation("credit.model.composite"), new HorizontalLayout(fiveCWeight, ratioWeight));
    }

    private Details bandsSection() {
        bands.clear();
        bandSetRows("").set(model.ratioBands());
        model.industryBands().forEach((industry, list) -> bandSetRows(industry).set(list));
        List<String> sets = new ArrayList<>();
        sets.add("");
        for (Industry i : Industry.values()) {
            sets.add(i.name());
        }
        bandSet.setLabel(getTranslation("credit.model.bandSet"));
        bandSet.setItems(sets);
        bandSet.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("credit.model.bandSet.default")
                : s + " " + getTranslation("industry." + s) + (bands.containsKey(s) && !bands.get(s).rows().isEmpty() ? " ●" : ""));
        bandSet.setValue("");
        bandSet.setId("band-set");
        bandSet.addValueChangeListener(e -> showBands());
        bandRows.setPadding(false);
        showBands();
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("credit.model.bandsHelp")), bandSet, bandRows);
        box.setPadding(false);
        return new Details(getTranslation("credit.model.bands"), box);
    }

    /** The rows of one band set (the default "" or an industry), made the first time the set is shown. */
    private EditableRows<ScoringModel.RatioBand, ModelRows.BandRow> bandSetRows(String set) {
        return bands.computeIfAbsent(set, key -> {
            EditableRows<ScoringModel.RatioBand, ModelRows.BandRow> rows = new EditableRows<>("model-bands-" + (key.isEmpty() ? "default" : key),
                    "credit.model.addBand", b -> new ModelRows.BandRow(b != null ? b : new ScoringModel.RatioBand("currentRatio", 0.1,
                            ScoringModel.Direction.HIGHER_BETTER, List.of(1.0, 1.5), List.of(0.0, 50.0, 100.0))));
            rows.setEditable(editable);
            return rows;
        });
    }

    private void showBands() {
        bandRows.removeAll();
        bandRows.add(bandSetRows(bandSet.getValue() == null ? "" : bandSet.getValue()));
    }

    private Details ratingsSection() {
        ratingRows.setEditable(editable);
        ratingRows.set(model.ratings());
        return new Details(getTranslation("credit.model.ratings"), ratingRows);
    }

    private Details classesSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        classRows.clear();
        for (ScoringModel.ClassRule c : model.classes()) {
            ModelRows.ClassRow row = new ModelRows.ClassRow(c);
            classRows.add(row);
            box.add(row);
        }
        return new Details(getTranslation("credit.model.classes"), box);
    }

    private Details policySection() {
        netWorthShare.setLabel(getTranslation("credit.model.netWorthShare"));
        netWorthShare.setValue(model.limit().netWorthShare());
        workingCapitalShare.setLabel(getTranslation("credit.model.workingCapitalShare"));
        workingCapitalShare.setValue(model.limit().workingCapitalShare());
        roundTo.setLabel(getTranslation("credit.model.roundTo"));
        roundTo.setValue((int) model.limit().roundTo());
        overdueBlockDays.setLabel(getTranslation("credit.model.overdueBlockDays"));
        overdueBlockDays.setValue(model.monitoring().overdueBlockDays());
        overdueBlockDays.setId("overdue-block-days");
        expiryGraceDays.setLabel(getTranslation("credit.model.expiryGraceDays"));
        expiryGraceDays.setValue(model.monitoring().expiryGraceDays());
        reviewUtilisation.setLabel(getTranslation("credit.model.reviewUtilisation"));
        reviewUtilisation.setValue(model.monitoring().reviewUtilisation());
        reviewSoonDays.setLabel(getTranslation("credit.model.reviewSoonDays"));
        reviewSoonDays.setValue(model.monitoring().reviewSoonDays());
        HorizontalLayout a = new HorizontalLayout(netWorthShare, workingCapitalShare, roundTo);
        HorizontalLayout b = new HorizontalLayout(overdueBlockDays, expiryGraceDays, reviewUtilisation, reviewSoonDays);
        a.setWrap(true);
        b.setWrap(true);
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("credit.model.limitHelp")), a, b);
        box.setPadding(false);
        return new Details(getTranslation("credit.model.policy"), box);
    }

    /** The model as the form shows it; throws ValidationException for a list that is not numbers. */
    ScoringModel edited() {
        List<ScoringModel.FactorDef> factors = new ArrayList<>();
        for (ScoringModel.FactorDef f : model.factors()) {
            List<ScoringModel.SubFactorDef> subs = new ArrayList<>();
            for (ScoringModel.SubFactorDef s : f.subFactors()) {
                subs.add(new ScoringModel.SubFactorDef(s.code(), ModelRows.orZero(subWeights.get(s.code()).getValue()), levelsZh.get(s.code()),
                        levelsEn.get(s.code())));
            }
            factors.add(new ScoringModel.FactorDef(f.factor(), ModelRows.orZero(factorWeights.get(f.factor()).getValue()), subAhp.get(f.factor()), subs));
        }
        Map<String, List<ScoringModel.RatioBand>> industry = new HashMap<>();
        bands.forEach((set, rows) -> {
            if (!set.isEmpty() && !rows.rows().isEmpty()) {
                industry.put(set, rows.values());
            }
        });
        List<ScoringModel.RatingBand> ratingBands = ratingRows.values();
        List<ScoringModel.ClassRule> classes = classRows.stream().map(ModelRows.ClassRow::value).toList();
        return new ScoringModel(factors, factorAhp, ModelRows.orZero(fiveCWeight.getValue()), ModelRows.orZero(ratioWeight.getValue()),
                bands.get("").values(), industry, ratingBands, classes,
                new ScoringModel.LimitPolicy(ModelRows.orZero(netWorthShare.getValue()), ModelRows.orZero(workingCapitalShare.getValue()), ModelRows.intOrZero(roundTo.getValue())),
                new ScoringModel.Monitoring(ModelRows.intOrZero(overdueBlockDays.getValue()), ModelRows.intOrZero(expiryGraceDays.getValue()),
                        ModelRows.orZero(reviewUtilisation.getValue()), ModelRows.intOrZero(reviewSoonDays.getValue())));
    }

    void save() {
        problems.attempt(() -> {
            ScoringModelVersion saved = models.save(edited(), note.getValue());
            Notify.success(getTranslation("credit.model.saved", saved.getNumber()));
            load();
        });
    }

    /** Credit managers read the model: every field read-only, every button that changes it hidden. */
    private static void readOnly(com.vaadin.flow.component.Component c) {
        if (c instanceof com.vaadin.flow.component.HasValue<?, ?> v) {
            v.setReadOnly(true);
        }
        if (c instanceof Button b && b.getParent().map(p -> !(p instanceof com.vaadin.flow.component.dialog.Dialog)).orElse(true)) {
            b.setVisible(b.getId().map(id -> id.startsWith("levels-")).orElse(false));
        }
        c.getChildren().forEach(ScoringModelView::readOnly);
        if (c instanceof Details d) {
            d.getContent().forEach(ScoringModelView::readOnly);
        }
    }

    private NumberField weightField(String label, double value) {
        NumberField w = new NumberField(label);
        w.setValue(value);
        w.setMin(0);
        w.setStep(0.0001);
        w.setWidth("11em");
        w.setReadOnly(!editable);
        return w;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credit.model.title");
    }
}
