package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.AssessmentStatus;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.model.CollateralType;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One credit assessment: the request, collateral and the 5C sub-factor scores with comments on the
 * left, the result worked out live on the right (factor scores with a radar, ratio scorecard, composite,
 * rating, class, limit with every step, countermeasures), and the workflow actions. An approved
 * assessment shows its frozen snapshot. Who may do what is checked again by the service.
 */
@Route("credit/assessments")
@PermitAll
public class AssessmentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Problems problems = new Problems();

    private final transient AssessmentService assessments;
    private final transient CustomerService customers;
    private final transient StatementService statements;
    private Assessment assessment;
    private CustomerRecord customer;
    private ScoringModel model;
    private boolean editable;
    private boolean loading;

    final AmountField requestedLimit = new AmountField();
    final IntegerField requestedTerms = new IntegerField();
    final AmountField purchases = new AmountField();
    final Select<CollateralType> collateralType;
    final AmountField collateralValue = new AmountField();
    final NumberField haircut = new NumberField();
    final Select<LocalDate> period = new Select<>();
    final Map<SubFactor, Select<Integer>> scores = new EnumMap<>(SubFactor.class);
    final Map<SubFactor, TextField> comments = new EnumMap<>(SubFactor.class);
    final Map<SubFactor, Span> prefilledBadges = new EnumMap<>(SubFactor.class);
    final Map<SubFactor, Boolean> prefilled = new EnumMap<>(SubFactor.class);
    final Select<String> overrideRating = new Select<>();
    final Select<RiskClass> overrideClass;
    final AmountField overrideLimit = new AmountField();
    final TextArea overrideReason = new TextArea();
    final TextArea decisionComment = new TextArea();
    final Button save = new Button();
    final Button submit = new Button();
    final Button approve = new Button();
    final Button sendBack = new Button();
    final AssessmentResult result = new AssessmentResult();
    final Span header = new Span();
    Evaluation evaluation;

    private final transient com.creditwb.workbench.security.UserService users;

    public AssessmentView(AssessmentService assessments, CustomerService customers, StatementService statements,
            com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.assessments = assessments;
        this.customers = customers;
        this.statements = statements;
        addClassName("wb-page");
        collateralType = Labels.select(this, "credit.collateral.type", CollateralType.class);
        overrideClass = Labels.select(this, "credit.override.class", RiskClass.class);
        // once, here: the action bar is rebuilt on every load, and a listener added there each time made one
        // click submit twice (the second answered "awaiting approval and can no longer be changed")
        save.addClickListener(e -> save(false));
        submit.addClickListener(e -> save(true));
        approve.addClickListener(e -> decide(true));
        sendBack.addClickListener(e -> decide(false));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        assessments.open(id, ReadChannel.UI);
        load(id);
    }

    void load(Long id) {
        loading = true;
        removeAll();
        scores.clear();
        comments.clear();
        prefilledBadges.clear();
        assessment = assessments.get(id);
        customer = customers.record(assessment.getCustomerId());
        evaluation = assessments.evaluate(assessment);
        model = evaluation.model();
        editable = assessments.canEdit(assessment);

        com.vaadin.flow.component.html.Anchor back = new com.vaadin.flow.component.html.Anchor("customers/" + customer.code(),
                customer.code() + " " + customer.name());
        back.setId("assessment-customer");
        header.setText(getTranslation("credit.assessment.header", Labels.of(this, assessment.getStatus()), evaluation.modelNumber(),
                users.displayName(assessment.getAuthor()), Formats.dateTime(assessment.getCreatedAt(), getLocale())));
        header.setId("assessment-status");
        add(new H2(getTranslation("credit.assessment.title")), back, header);
        if (assessment.getDecisionComment() != null) {
            add(new Paragraph(getTranslation("credit.assessment.comment", users.displayName(assessment.getApprover()), assessment.getDecisionComment())));
        }
        if (assessment.snapshot() != null) {
            Span frozen = new Span(getTranslation("credit.assessment.frozen"));
            frozen.getElement().getThemeList().add("badge success");
            frozen.setId("assessment-frozen");
            add(frozen);
        }

        VerticalLayout form = new VerticalLayout(request(), fiveC(), override());
        form.setPadding(false);
        form.addClassName("wb-assessment-form");
        HorizontalLayout columns = new HorizontalLayout(form, result);
        columns.setWidthFull();
        columns.addClassName("wb-assessment");
        add(columns, problems, actions());
        if (assessment.getStatus() == com.creditwb.workbench.credit.domain.AssessmentStatus.APPROVED && assessments.canSeeOpenings(assessment)) {
            add(openings());
        }
        fill(evaluation.input(), evaluation.override());
        setEditable(editable);
        loading = false;
        result.show(evaluation, assessments.nextReviewDate(assessment, evaluation));
    }

    private FormLayout request() {
        requestedLimit.setLabel(getTranslation("credit.requestedLimit"));
        requestedLimit.setId("requested-limit");
        requestedTerms.setLabel(getTranslation("credit.requestedTerms"));
        requestedTerms.setSuffixComponent(new Span(getTranslation("credit.daysUnit")));
        requestedTerms.setMin(0);
        requestedTerms.setMax(720);
        requestedTerms.setId("requested-terms");
        purchases.setLabel(getTranslation("credit.expectedPurchases"));
        purchases.setHelperText(getTranslation("credit.expectedPurchases.help"));
        purchases.setId("expected-purchases");
        collateralValue.setLabel(getTranslation("credit.collateral.value"));
        collateralValue.setId("collateral-value");
        haircut.setLabel(getTranslation("credit.collateral.haircut"));
        haircut.setSuffixComponent(new Span("%"));
        haircut.setMin(0);
        haircut.setMax(100);
        haircut.setId("collateral-haircut");
        collateralType.setId("collateral-type");
        period.setLabel(getTranslation("credit.period"));
        List<LocalDate> periods = new ArrayList<>(statements.heldPeriods(customer.id()).stream().map(StatementService.Period::periodEnd).toList());
        if (evaluation.input().periodEnd() != null && !periods.contains(evaluation.input().periodEnd())) {
            periods.add(evaluation.input().periodEnd());
        }
        period.setItems(periods);
        period.setEmptySelectionAllowed(true);
        period.setEmptySelectionCaption(getTranslation("credit.period.none"));
        period.setItemLabelGenerator(d -> d == null ? getTranslation("credit.period.none") : Formats.date(d, getLocale()));
        period.setId("statement-period");
        for (var field : List.of(requestedLimit, purchases, collateralValue)) {
            field.addValueChangeListener(e -> changed());
        }
        requestedTerms.addValueChangeListener(e -> changed());
        haircut.addValueChangeListener(e -> changed());
        collateralType.addValueChangeListener(e -> changed());
        period.addValueChangeListener(e -> changed());
        FormLayout f = new FormLayout(requestedLimit, requestedTerms, purchases, period, collateralType, collateralValue, haircut);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        return f;
    }

    private VerticalLayout fiveC() {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("credit.fiveC.title")));
        box.setPadding(false);
        String language = Locales.current().getLanguage();
        for (ScoringModel.FactorDef factor : model.factors()) {
            VerticalLayout rows = new VerticalLayout();
            rows.setPadding(false);
            rows.setSpacing(false);
            for (ScoringModel.SubFactorDef sub : factor.subFactors()) {
                Select<Integer> select = new Select<>();
                select.setLabel(getTranslation(sub.code().messageKey()));
                select.setItems(1, 2, 3, 4, 5);
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption(getTranslation("credit.notScored"));
                select.setItemLabelGenerator(l -> l == null ? getTranslation("credit.notScored") : l + " – " + sub.level(l, language));
                select.setWidth("26em");
                select.setId("score-" + sub.code().name());
                select.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        prefilled.put(sub.code(), false);
                        prefilledBadges.get(sub.code()).setVisible(false);
                    }
                    changed();
                });
                TextField comment = new TextField(getTranslation("credit.comment"));
                comment.setMaxLength(2000);
                comment.setWidth("22em");
                comment.setId("comment-" + sub.code().name());
                Span badge = new Span(getTranslation("credit.prefilled"));
                badge.getElement().getThemeList().add("badge small contrast");
                badge.getElement().setAttribute("title", getTranslation("credit.prefilled." + sub.code().prefill().name()));
                badge.setId("prefilled-" + sub.code().name());
                scores.put(sub.code(), select);
                comments.put(sub.code(), comment);
                prefilledBadges.put(sub.code(), badge);
                HorizontalLayout row = new HorizontalLayout(select, comment, badge);
                row.setAlignItems(Alignment.BASELINE);
                row.setWrap(true);
                rows.add(row);
            }
            Details details = new Details(getTranslation(factor.factor().messageKey()) + " · "
                    + getTranslation("credit.weight", CreditText.percent(this, share(factor.weight(), model.factors().stream()
                            .mapToDouble(ScoringModel.FactorDef::weight).sum()))), rows);
            details.setOpened(true);
            details.setId("factor-" + factor.factor().name());
            box.add(details);
        }
        return box;
    }

    private static double share(double w, double total) {
        return total <= 0 ? 0 : w / total;
    }

    private VerticalLayout override() {
        overrideRating.setLabel(getTranslation("credit.override.rating"));
        overrideRating.setItems(model.ratings().stream().map(ScoringModel.RatingBand::grade).toList());
        overrideRating.setEmptySelectionAllowed(true);
        overrideRating.setEmptySelectionCaption(getTranslation("credit.override.none"));
        overrideRating.setId("override-rating");
        overrideClass.setEmptySelectionAllowed(true);
        overrideClass.setEmptySelectionCaption(getTranslation("credit.override.none"));
        overrideClass.setId("override-class");
        overrideLimit.setLabel(getTranslation("credit.override.limit"));
        overrideLimit.setId("override-limit");
        overrideReason.setLabel(getTranslation("credit.override.reason"));
        overrideReason.setMaxLength(2000);
        overrideReason.setWidthFull();
        overrideReason.setId("override-reason");
        overrideRating.addValueChangeListener(e -> changed());
        overrideClass.addValueChangeListener(e -> changed());
        overrideLimit.addValueChangeListener(e -> changed());
        FormLayout f = new FormLayout(overrideRating, overrideClass, overrideLimit);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("credit.override.title")),
                new Paragraph(getTranslation("credit.override.help")), f, overrideReason);
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout actions() {
        save.setText(getTranslation("credit.assessment.save"));
        save.setId("save-assessment");
        submit.setText(getTranslation("credit.assessment.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-assessment");
        boolean reviewer = assessments.canDecide(assessment);
        decisionComment.setLabel(getTranslation("credit.assessment.decisionComment"));
        decisionComment.setMaxLength(2000);
        decisionComment.setWidth("28em");
        decisionComment.setId("decision-comment");
        approve.setText(getTranslation("credit.assessment.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-assessment");
        sendBack.setText(getTranslation("credit.assessment.return"));
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.setId("return-assessment");
        save.setVisible(editable);
        submit.setVisible(editable);
        decisionComment.setVisible(reviewer);
        approve.setVisible(reviewer);
        sendBack.setVisible(reviewer);
        HorizontalLayout bar = new HorizontalLayout(save, submit, decisionComment, approve, sendBack);
        bar.setAlignItems(Alignment.BASELINE);
        if (assessments.awaitsOther(assessment)) {
            bar.add(new Span(getTranslation("credit.assessment.waitingForOther")));
        }
        return bar;
    }

    private void fill(AssessmentInput in, CreditOverride o) {
        requestedLimit.setValue(in.requestedLimit());
        requestedTerms.setValue(in.requestedTermsDays());
        purchases.setValue(in.expectedAnnualPurchases());
        collateralType.setValue(in.collateralType());
        collateralValue.setValue(in.collateralValue());
        haircut.setValue(in.haircut() * 100);
        period.setValue(in.periodEnd());
        showScores(in, true);
        overrideRating.setValue(o == null ? null : o.rating());
        overrideClass.setValue(o == null ? null : o.riskClass());
        overrideLimit.setValue(o == null ? null : o.limit());
        overrideReason.setValue(o == null || o.reason() == null ? "" : o.reason());
    }

    /** Who opened this decision's frozen record (the read log), for credit managers and ADMIN. */
    private com.vaadin.flow.component.details.Details openings() {
        com.vaadin.flow.component.grid.Grid<com.creditwb.workbench.common.audit.ReadLogEntry> grid =
                new com.vaadin.flow.component.grid.Grid<>();
        grid.addColumn(o -> Formats.dateTime(o.getReadAt(), getLocale()))
                .setHeader(getTranslation("readLog.at")).setAutoWidth(true);
        grid.addColumn(com.creditwb.workbench.common.audit.ReadLogEntry::getReadBy).setHeader(getTranslation("readLog.user")).setAutoWidth(true);
        grid.addColumn(o -> Labels.of(this, o.getChannel())).setHeader(getTranslation("readLog.channel")).setAutoWidth(true);
        grid.setItems(assessments.openings(assessment.getId()));
        grid.setAllRowsVisible(true);
        grid.setId("assessment-openings");
        return new com.vaadin.flow.component.details.Details(getTranslation("readLog.title"), grid);
    }

    /** Shows the scores; pre-filled ones always, the others only when filling the form. */
    private void showScores(AssessmentInput in, boolean all) {
        boolean was = loading;
        loading = true;
        for (SubFactor sub : SubFactor.values()) {
            AssessmentInput.SubScore s = in.scores().get(sub);
            boolean pre = s != null && s.prefilled();
            if (all || pre) {
                scores.get(sub).setValue(s == null ? null : s.score());
            }
            if (all) {
                comments.get(sub).setValue(s == null || s.comment() == null ? "" : s.comment());
            }
            prefilled.put(sub, pre);
            prefilledBadges.get(sub).setVisible(pre);
        }
        loading = was;
    }

    private void setEditable(boolean on) {
        for (var f : List.of(requestedLimit, purchases, collateralValue, overrideLimit)) {
            f.setReadOnly(!on);
        }
        requestedTerms.setReadOnly(!on);
        haircut.setReadOnly(!on);
        collateralType.setReadOnly(!on);
        period.setReadOnly(!on);
        overrideRating.setReadOnly(!on);
        overrideClass.setReadOnly(!on);
        overrideReason.setReadOnly(!on);
        scores.values().forEach(s -> s.setReadOnly(!on));
        comments.values().forEach(c -> c.setReadOnly(!on));
    }

    AssessmentInput input() {
        Map<SubFactor, AssessmentInput.SubScore> s = new EnumMap<>(SubFactor.class);
        for (SubFactor sub : SubFactor.values()) {
            Integer value = scores.get(sub).getValue();
            String comment = comments.get(sub).getValue();
            if (value != null || (comment != null && !comment.isBlank())) {
                s.put(sub, new AssessmentInput.SubScore(value, comment == null || comment.isBlank() ? null : comment.strip(),
                        Boolean.TRUE.equals(prefilled.get(sub))));
            }
        }
        return new AssessmentInput(requestedLimit.getValue(), requestedTerms.getValue() == null ? 0 : requestedTerms.getValue(),
                purchases.getValue(), collateralType.getValue(), collateralValue.getValue(),
                haircut.getValue() == null ? 0 : haircut.getValue() / 100, period.getValue(), s);
    }

    CreditOverride overrideValue() {
        return new CreditOverride(overrideRating.getValue(), overrideClass.getValue(), overrideLimit.getValue(), overrideReason.getValue());
    }

    private void changed() {
        if (loading || !editable) {
            return;
        }
        try {
            evaluation = assessments.evaluate(assessment, input(), overrideValue());
            showScores(evaluation.input(), false);
            result.show(evaluation, assessments.nextReviewDate(assessment, evaluation));
        } catch (RuntimeException e) {
            Notify.error(getTranslation("error.unexpected.short"));
            org.slf4j.LoggerFactory.getLogger(AssessmentView.class).warn("Evaluating assessment {} failed", assessment.getId(), e);
        }
    }

    void save(boolean andSubmit) {
        clearErrors();
        try {
            assessment = assessments.save(assessment.getId(), assessment.getVersion(), input(), overrideValue());
            if (andSubmit) {
                assessment = assessments.submit(assessment.getId(), assessment.getVersion());
                Notify.success(getTranslation("credit.assessment.submitted"));
            } else {
                Notify.success(getTranslation("common.saved"));
            }
            load(assessment.getId());
        } catch (ValidationException e) {
            problems.show(e, fields());
            if (andSubmit) {
                assessment = assessments.get(assessment.getId());
            }
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, () -> load(assessment.getId()));
        }
    }

    void decide(boolean approved) {
        problems.clear();
        try {
            assessment = approved ? assessments.approve(assessment.getId(), assessment.getVersion(), decisionComment.getValue())
                    : assessments.returnToAuthor(assessment.getId(), assessment.getVersion(), decisionComment.getValue());
            Notify.success(getTranslation(approved ? "credit.assessment.approved" : "credit.assessment.returned"));
            load(assessment.getId());
        } catch (ValidationException e) {
            problems.show(e, Map.of("comment", decisionComment));
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, () -> load(assessment.getId()));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> f = new HashMap<>();
        f.put("requestedLimit", requestedLimit);
        f.put("requestedTermsDays", requestedTerms);
        f.put("expectedAnnualPurchases", purchases);
        f.put("collateralValue", collateralValue);
        f.put("haircut", haircut);
        f.put("overrideReason", overrideReason);
        f.put("overrideRating", overrideRating);
        f.put("overrideLimit", overrideLimit);
        scores.forEach((sub, select) -> f.put("scores." + sub.name(), select));
        return f;
    }

    private void clearErrors() {
        problems.clear();
        fields().values().forEach(f -> f.setInvalid(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credit.assessment.title") + (customer == null ? "" : " · " + customer.name());
    }
}
