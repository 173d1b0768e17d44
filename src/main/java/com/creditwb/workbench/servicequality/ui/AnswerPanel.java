package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.Questionnaire;
import com.creditwb.workbench.servicequality.domain.SatisfactionLevel;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.creditwb.workbench.servicequality.SurveyService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The questionnaire's answer form, in the given language: each statement scored for expectation and perception
 * (1–7), the dimensions' importance (100 points), the level of satisfaction, the likelihood to recommend (0–10) and
 * comments. Used by the contact's link page and by the account manager entering answers taken by phone or on paper.
 */
class AnswerPanel extends VerticalLayout {

    static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5, 6, 7);

    final Map<Dimension, List<Select<Integer>>> expectation = new EnumMap<>(Dimension.class);
    final Map<Dimension, List<Select<Integer>>> perception = new EnumMap<>(Dimension.class);
    final Map<Dimension, IntegerField> importance = new EnumMap<>(Dimension.class);
    final Span importanceTotal = new Span();
    final Select<SatisfactionLevel> satisfaction;
    final Select<Integer> recommend = new Select<>();
    final TextArea comments = new TextArea();

    AnswerPanel(Questionnaire q, Locale locale) {
        setPadding(false);
        Paragraph scale = new Paragraph(getTranslation("survey.answer.scale"));
        scale.addClassName("wb-muted");
        add(scale);
        int k = 0;
        for (Dimension d : q.dimensions()) {
            add(new H3(Labels.of(this, d)));
            List<Select<Integer>> es = new ArrayList<>();
            List<Select<Integer>> ps = new ArrayList<>();
            for (Questionnaire.Statement s : q.items(d)) {
                Select<Integer> e = score(getTranslation("survey.answer.expectation"), "e-" + k);
                Select<Integer> p = score(getTranslation("survey.answer.perception"), "p-" + k);
                k++;
                es.add(e);
                ps.add(p);
                Span text = new Span(s.text(locale));
                text.setWidth("26em");
                HorizontalLayout row = new HorizontalLayout(text, e, p);
                row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
                row.setWrap(true);
                add(row);
            }
            expectation.put(d, es);
            perception.put(d, ps);
        }
        add(new H3(getTranslation("survey.answer.importance")));
        Paragraph help = new Paragraph(getTranslation("survey.answer.importanceHelp"));
        help.addClassName("wb-muted");
        add(help);
        HorizontalLayout weights = new HorizontalLayout();
        weights.setWrap(true);
        int even = Servqual.POINTS / q.dimensions().size();
        int rest = Servqual.POINTS - even * q.dimensions().size();
        for (Dimension d : q.dimensions()) {
            IntegerField f = new IntegerField(Labels.of(this, d));
            f.setMin(0);
            f.setMax(100);
            f.setValue(even + (rest-- > 0 ? 1 : 0));
            f.setWidth("12em");
            f.setId("importance-" + d.name());
            f.addValueChangeListener(e -> updateTotal());
            importance.put(d, f);
            weights.add(f);
        }
        importanceTotal.setId("importance-total");
        add(weights, importanceTotal);
        updateTotal();
        satisfaction = Labels.select(this, "survey.answer.satisfaction", SatisfactionLevel.class);
        satisfaction.setEmptySelectionAllowed(true);
        satisfaction.setWidth("24em");
        satisfaction.setId("survey-satisfaction");
        recommend.setLabel(getTranslation("survey.answer.recommend"));
        recommend.setItems(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        recommend.setEmptySelectionAllowed(true);
        recommend.setId("survey-recommend");
        recommend.setWidth("24em");
        comments.setLabel(getTranslation("survey.answer.comments"));
        comments.setWidthFull();
        comments.setMaxLength(4000);
        add(satisfaction, recommend, comments);
    }

    private static Select<Integer> score(String label, String id) {
        Select<Integer> s = new Select<>();
        s.setLabel(label);
        s.setItems(SCALE);
        s.setWidth("8em");
        s.setId(id);
        return s;
    }

    int total() {
        return (int) Math.round(Servqual.points(weights()));
    }

    private Map<Dimension, Double> weights() {
        Map<Dimension, Double> w = new EnumMap<>(Dimension.class);
        importance.forEach((d, f) -> w.put(d, f.getValue() == null ? 0.0 : f.getValue().doubleValue()));
        return w;
    }

    private void updateTotal() {
        importanceTotal.setText(getTranslation("survey.answer.importanceTotal", total()));
    }

    /** What is missing before the answers can go (a message), or null. */
    String missing() {
        if (!Servqual.pointsAddUp(weights())) {
            return getTranslation("survey.error.importance100", total());
        }
        boolean complete = expectation.values().stream().flatMap(List::stream).allMatch(s -> s.getValue() != null)
                && perception.values().stream().flatMap(List::stream).allMatch(s -> s.getValue() != null);
        return complete ? null : getTranslation("survey.error.unanswered");
    }

    SurveyService.AnswerForm form(String respondent) {
        Map<Dimension, List<Integer>> e = new EnumMap<>(Dimension.class);
        Map<Dimension, List<Integer>> p = new EnumMap<>(Dimension.class);
        for (Dimension d : expectation.keySet()) {
            e.put(d, expectation.get(d).stream().map(Select::getValue).toList());
            p.put(d, perception.get(d).stream().map(Select::getValue).toList());
        }
        return new SurveyService.AnswerForm(respondent, e, p, weights(), satisfaction.getValue(), recommend.getValue(), comments.getValue());
    }
}
