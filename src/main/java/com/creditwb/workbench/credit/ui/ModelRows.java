package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.ui.EditableRows;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** The rows of the scoring-model page (in the common editable rows): each shows one part of the model and gives it back as a value. */
final class ModelRows {

    private ModelRows() {
    }

    /** A ratio's bands: thresholds and points as comma-separated numbers. */
    static final class BandRow extends EditableRows.Row<ScoringModel.RatioBand> {
        final Select<String> ratio = new Select<>();
        final NumberField weight = new NumberField();
        final Select<ScoringModel.Direction> direction = new Select<>();
        final TextField thresholds = new TextField();
        final TextField points = new TextField();

        BandRow(ScoringModel.RatioBand band) {
            ratio.setItems(RatioEngine.KEYS);
            ratio.setItemLabelGenerator(k -> getTranslation("ratio." + k));
            ratio.setLabel(getTranslation("credit.ratio"));
            ratio.setValue(band.ratio());
            weight.setLabel(getTranslation("credit.weightShort"));
            weight.setValue(band.weight());
            weight.setWidth("7em");
            direction.setItems(ScoringModel.Direction.values());
            direction.setItemLabelGenerator(d -> getTranslation("credit.model.direction." + d.name()));
            direction.setLabel(getTranslation("credit.model.direction"));
            direction.setValue(band.direction());
            thresholds.setLabel(getTranslation("credit.model.thresholds"));
            thresholds.setValue(text(band.thresholds()));
            points.setLabel(getTranslation("credit.points"));
            points.setValue(text(band.points()));
            add(ratio, weight, direction, thresholds, points);
        }

        @Override
        public ScoringModel.RatioBand value() {
            return new ScoringModel.RatioBand(ratio.getValue(), orZero(weight.getValue()), direction.getValue(),
                    numbers(thresholds.getValue()), numbers(points.getValue()));
        }
    }

    /** A rating grade, its minimum score and its risk class. */
    static final class RatingRow extends EditableRows.Row<ScoringModel.RatingBand> {
        final TextField grade = new TextField();
        final NumberField minScore = new NumberField();
        final Select<RiskClass> riskClass;

        RatingRow(ScoringModel.RatingBand r) {
            grade.setLabel(getTranslation("credit.rating"));
            grade.setValue(r.grade());
            grade.setMaxLength(8);
            grade.setWidth("7em");
            minScore.setLabel(getTranslation("credit.model.minScore"));
            minScore.setValue(r.minScore());
            minScore.setWidth("8em");
            riskClass = Labels.select(this, "credit.riskClass", RiskClass.class);
            riskClass.setValue(r.riskClass());
            add(grade, minScore, riskClass);
        }

        @Override
        public ScoringModel.RatingBand value() {
            return new ScoringModel.RatingBand(grade.getValue().strip().toUpperCase(java.util.Locale.ROOT), orZero(minScore.getValue()),
                    riskClass.getValue());
        }
    }

    /** A risk class's countermeasures. */
    static final class ClassRow extends EditableRows.Row<ScoringModel.ClassRule> {
        final RiskClass riskClass;
        final NumberField limitFactor = new NumberField();
        final IntegerField terms = new IntegerField();
        final NumberField unsecuredShare = new NumberField();
        final IntegerField reviewMonths = new IntegerField();
        final TextField recommendationZh = new TextField();
        final TextField recommendationEn = new TextField();

        ClassRow(ScoringModel.ClassRule c) {
            riskClass = c.riskClass();
            limitFactor.setLabel(getTranslation("credit.model.limitFactor"));
            limitFactor.setValue(c.limitFactor());
            limitFactor.setWidth("8em");
            limitFactor.setId("class-factor-" + c.riskClass().name());
            terms.setLabel(getTranslation("credit.terms"));
            terms.setValue(c.termsDays());
            terms.setWidth("7em");
            unsecuredShare.setLabel(getTranslation("credit.model.unsecuredShare"));
            unsecuredShare.setValue(c.unsecuredShare());
            unsecuredShare.setWidth("9em");
            reviewMonths.setLabel(getTranslation("credit.model.reviewMonths"));
            reviewMonths.setValue(c.reviewMonths());
            reviewMonths.setWidth("8em");
            recommendationZh.setLabel(getTranslation("credit.model.recommendationZh"));
            recommendationZh.setValue(c.recommendationZh());
            recommendationZh.setWidth("24em");
            recommendationEn.setLabel(getTranslation("credit.model.recommendationEn"));
            recommendationEn.setValue(c.recommendationEn());
            recommendationEn.setWidth("24em");
            add(CreditText.riskBadge(this, c.riskClass()), limitFactor, terms, unsecuredShare, reviewMonths, recommendationZh,
                    recommendationEn);
            remove.setVisible(false); // the classes are fixed: each has its countermeasures, none is removed
        }

        @Override
        public ScoringModel.ClassRule value() {
            return new ScoringModel.ClassRule(riskClass, orZero(limitFactor.getValue()), intOrZero(terms.getValue()),
                    orZero(unsecuredShare.getValue()), intOrZero(reviewMonths.getValue()), recommendationZh.getValue(),
                    recommendationEn.getValue());
        }
    }

    /** Comma-, semicolon- or space-separated numbers; a part that is no number is refused with its text. */
    static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        for (String part : text.split("[,，;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(Double.valueOf(part.strip()));
            } catch (NumberFormatException e) {
                throw ValidationException.of("bands", UI.getCurrent().getTranslation("credit.model.error.notANumber", part));
            }
        }
        return values;
    }

    static String text(List<Double> values) {
        return String.join(", ", values.stream().map(v -> v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf(v.longValue())
                : String.valueOf(v)).toList());
    }

    static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    static int intOrZero(Integer v) {
        return v == null ? 0 : v;
    }
}
