package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.model.FiveC;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.scoring.ScoreResult;
import com.creditwb.workbench.statement.RatioText;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment's result: composite, rating and class, the decision's figures and recommendation, the
 * factor scores with a radar, the ratio scorecard with what could not be scored, and every step of the
 * suggested limit.
 */
class AssessmentResult extends Div {

    final Chart radar = new Chart();

    AssessmentResult() {
        addClassName("wb-assessment-result");
        setId("assessment-result");
    }

    /** Shows the evaluation; {@code review} is the decision's review date (approved) or the one approval would set. */
    void show(Evaluation e, LocalDate review) {
        removeAll();
        ScoreResult r = e.result();
        String language = Locales.current().getLanguage();
        Span composite = new Span(CreditText.score(this, r.composite()));
        composite.addClassName("wb-big-number");
        composite.setId("result-composite");
        Span rating = new Span(e.rating());
        rating.addClassName("wb-big-number");
        rating.setId("result-rating");
        HorizontalLayout head = new HorizontalLayout(new Span(getTranslation("credit.composite")), composite, rating,
                CreditText.riskBadge(this, e.riskClass()));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H3(getTranslation("credit.result.title")), head);
        if (e.overridden()) {
            Span o = new Span(getTranslation("credit.override.applied", r.rating(), getTranslation(r.riskClass().messageKey())));
            o.getElement().getThemeList().add("badge contrast");
            o.setId("result-overridden");
            add(o);
        }
        ScoringModel.ClassRule rule = e.model().rule(e.riskClass());
        Span limit = new Span(CreditText.amount(this, e.limit()));
        limit.setId("result-limit");
        add(CreditText.line(this, "credit.fiveCScore", new Span(CreditText.score(this, r.fiveCScore()))),
                CreditText.line(this, "credit.ratioScore", new Span(r.ratioScore() == null ? getTranslation("credit.ratioScore.none")
                        : CreditText.score(this, r.ratioScore()))),
                CreditText.line(this, "credit.suggestedLimit", new Span(CreditText.amount(this, r.limit().suggested()))),
                CreditText.line(this, "credit.limit", limit),
                CreditText.line(this, "credit.terms", new Span(getTranslation("credit.days", e.termsDays()))),
                CreditText.line(this, "credit.collateral.requirement", new Span(CreditText.collateralRequirement(this, rule.unsecuredShare(), rule.limitFactor()))),
                CreditText.line(this, "credit.nextReview", new Span(Formats.date(review, getLocale()) + " (" + getTranslation("credit.months", e.reviewMonths()) + ")")));
        Paragraph recommendation = new Paragraph(e.recommendation(language));
        recommendation.setId("result-recommendation");
        add(recommendation);

        add(new H4(getTranslation("credit.factors.title")));
        radar.setHeight("280px");
        List<String> axes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Grid<FiveC> factors = new Grid<>();
        factors.addThemeVariants(GridVariant.LUMO_COMPACT);
        factors.addColumn(f -> getTranslation(f.messageKey())).setHeader(getTranslation("credit.factor"));
        factors.addColumn(f -> CreditText.score(this, r.factorScores().get(f))).setHeader(getTranslation("credit.score"));
        factors.setItems(FiveC.values());
        factors.setAllRowsVisible(true);
        factors.setId("factor-scores");
        for (FiveC f : FiveC.values()) {
            axes.add(getTranslation(f.messageKey()));
            values.add(r.factorScores().get(f));
        }
        radar.radar(axes, 100, getTranslation("credit.factors.title"), values);
        radar.setId("factor-radar");
        add(radar, factors);
        if (!r.unscored().isEmpty()) {
            add(new Paragraph(getTranslation("credit.unscored", r.unscored().size())));
        }

        add(new H4(getTranslation("credit.ratios.title")));
        Grid<ScoreResult.RatioLine> ratios = new Grid<>();
        ratios.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ratios.addColumn(l -> getTranslation("ratio." + l.ratio())).setHeader(getTranslation("credit.ratio")).setFlexGrow(2);
        // the figures keep their full width; the ratio's name wraps instead
        ratios.addColumn(l -> RatioText.value(this, l.ratio(), l.value())).setHeader(getTranslation("credit.value"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        ratios.addColumn(l -> CreditText.score(this, l.points())).setHeader(getTranslation("credit.points"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        ratios.addColumn(l -> CreditText.percent(this, l.weight())).setHeader(getTranslation("credit.weightShort"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        ratios.addColumn(l -> CreditText.score(this, l.contribution())).setHeader(getTranslation("credit.contribution"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        ratios.setItems(r.ratioLines());
        ratios.setAllRowsVisible(true);
        ratios.setId("ratio-lines");
        add(ratios);
        if (!r.missingRatios().isEmpty()) {
            Div missing = new Div(new Span(getTranslation("credit.ratios.missing")));
            missing.setId("missing-ratios");
            for (ScoreResult.MissingRatio m : r.missingRatios()) {
                missing.add(new Div(new Span(getTranslation("ratio." + m.ratio()) + ": " + CreditText.ratioReason(this, m.reason()))));
            }
            add(missing);
        }

        add(new H4(getTranslation("credit.limit.title")));
        OrderedList steps = new OrderedList();
        steps.setId("limit-steps");
        for (ScoreResult.Step s : r.limit().steps()) {
            steps.add(new ListItem(CreditText.step(this, s) + (s.amount() == null ? "" : " = " + CreditText.amount(this, s.amount()))));
        }
        add(steps);
        if (e.overridden() && e.override().limit() != null) {
            add(new Paragraph(getTranslation("credit.override.limitApplied", CreditText.amount(this, e.override().limit()))));
        }
    }

}
