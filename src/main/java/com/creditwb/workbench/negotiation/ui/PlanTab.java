package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.AhpDialog;
import com.creditwb.workbench.common.ui.EditableRows;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationCreditService;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.IssueKind;
import com.creditwb.workbench.negotiation.domain.IssueTargets;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plan (制订谈判方案): the issues with unit, the direction better for us, weight and three targets (optimal 最优期望,
 * acceptable 可接受, minimum 最低限度) and their likely position; weights by AHP; BATNA and the reservation score; and
 * a live calculator that scores a package against the saved plan, with its breaches and credit warnings.
 */
class PlanTab extends VerticalLayout {

    /** One issue's row. */
    final class IssueRow extends EditableRows.Row<PlanIssue> {
        final TextField name = new TextField();
        final Select<IssueKind> kind;
        final TextField unit = new TextField();
        final Select<IssueTargets.Better> better = new Select<>();
        final NumberField weight = new NumberField();
        final NumberField optimal = new NumberField();
        final NumberField acceptable = new NumberField();
        final NumberField minimum = new NumberField();
        final NumberField theirLikely = new NumberField();

        IssueRow(PlanIssue i) {
            kind = Labels.select(PlanTab.this, "negotiation.issue.kind", IssueKind.class);
            name.setLabel(getTranslation("negotiation.issue.name"));
            name.setWidth("9em");
            unit.setLabel(getTranslation("negotiation.issue.unit"));
            unit.setWidth("4.5em");
            better.setLabel(getTranslation("negotiation.issue.better"));
            better.setItems(IssueTargets.Better.values());
            better.setItemLabelGenerator(b -> Labels.of(PlanTab.this, b));
            better.setWidth("7em");
            weight.setLabel(getTranslation("negotiation.issue.weight"));
            weight.setWidth("4.5em");
            optimal.setLabel(getTranslation("negotiation.issue.optimal"));
            acceptable.setLabel(getTranslation("negotiation.issue.acceptable"));
            minimum.setLabel(getTranslation("negotiation.issue.minimum"));
            theirLikely.setLabel(getTranslation("negotiation.issue.theirLikely"));
            for (NumberField f : List.of(optimal, acceptable, minimum, theirLikely)) {
                f.setWidth("6em");
            }
            kind.setWidth("9.5em");
            kind.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    better.setValue(e.getValue().defaultBetter(direction.get()));
                }
            });
            name.setValue(i.name() == null ? "" : i.name());
            kind.setValue(i.kind());
            unit.setValue(i.unit() == null ? "" : i.unit());
            better.setValue(i.better());
            weight.setValue(i.weight());
            optimal.setValue(i.optimal());
            acceptable.setValue(i.acceptable());
            minimum.setValue(i.minimum());
            theirLikely.setValue(i.theirLikely());
            add(name, kind, unit, better, weight, optimal, acceptable, minimum, theirLikely);
            int index = issues.rows().size();
            name.setId("issue-" + index + "-name");
            kind.setId("issue-" + index + "-kind");
            better.setId("issue-" + index + "-better");
            weight.setId("issue-" + index + "-weight");
            optimal.setId("issue-" + index + "-optimal");
            acceptable.setId("issue-" + index + "-acceptable");
            minimum.setId("issue-" + index + "-minimum");
            setSpacing(false);
            getThemeList().add("spacing-s");
            addClassName("wb-row-card");
        }

        @Override
        public PlanIssue value() {
            return new PlanIssue(name.getValue().strip(), kind.getValue(), unit.getValue().isBlank() ? null : unit.getValue().strip(), better.getValue(),
                    weight.getValue(), optimal.getValue(), acceptable.getValue(), minimum.getValue(), theirLikely.getValue());
        }
    }

    private final transient NegotiationCreditService negotiations;
    private final transient AhpWeights ahp;
    private final boolean editable;
    private final Negotiation negotiation;
    private final transient Supplier<Direction> direction;
    final EditableRows<PlanIssue, IssueRow> issues = new EditableRows<>("negotiation-issues", "negotiation.addIssue",
            i -> new IssueRow(i == null ? blankIssue() : i));
    final TextArea batna = new TextArea();
    final NumberField batnaValue = new NumberField();
    final NumberField reservation = new NumberField();
    final Map<String, NumberField> calculator = new LinkedHashMap<>();
    final Div result = new Div();

    PlanTab(Negotiation n, boolean editable, NegotiationCreditService negotiations, AhpWeights ahp, Supplier<Direction> direction) {
        this.negotiations = negotiations;
        this.ahp = ahp;
        this.editable = editable;
        this.negotiation = n;
        this.direction = direction;
        setPadding(false);
        Span help = new Span(getTranslation("negotiation.plan.help"));
        help.addClassName("wb-muted");
        add(help);
        issues.add.setId("negotiation-add-issue");
        issues.setEditable(editable);
        issues.set(n.getIssues());
        add(issues);
        if (editable) {
            Button byAhp = new Button(getTranslation("negotiation.weights.ahp"), e -> openAhp());
            byAhp.setId("negotiation-ahp");
            add(byAhp);
        }
        Double acceptableScore = n.acceptableScore();
        Span acceptable = new Span(acceptableScore == null ? "" : getTranslation("negotiation.acceptableScore",
                Formats.decimal(acceptableScore, getLocale(), 1)));
        acceptable.setId("negotiation-acceptable-score");
        add(acceptable);

        add(new H4(getTranslation("negotiation.batna")));
        batna.setLabel(getTranslation("negotiation.batna.description"));
        batna.setValue(n.getBatnaDescription() == null ? "" : n.getBatnaDescription());
        batna.setWidthFull();
        batna.setReadOnly(!editable);
        batnaValue.setLabel(getTranslation("negotiation.batna.value"));
        batnaValue.setValue(n.getBatnaValue());
        batnaValue.setReadOnly(!editable);
        reservation.setLabel(getTranslation("negotiation.reservationScore"));
        reservation.setHelperText(getTranslation("negotiation.reservationScore.help"));
        reservation.setValue(n.getReservationScore());
        reservation.setReadOnly(!editable);
        reservation.setWidth("16em");
        add(batna, new HorizontalLayout(batnaValue, reservation));

        add(new H4(getTranslation("negotiation.calculator")));
        if (n.getIssues().isEmpty()) {
            add(new Span(getTranslation("negotiation.calculator.none")));
        } else {
            Span calcHelp = new Span(getTranslation("negotiation.calculator.help"));
            calcHelp.addClassName("wb-muted");
            add(calcHelp);
            HorizontalLayout inputs = new HorizontalLayout();
            inputs.setWrap(true);
            for (PlanIssue i : n.getIssues()) {
                NumberField f = new NumberField(i.name() + (i.unit() == null ? "" : " (" + i.unit() + ")"));
                f.setValue(i.acceptable());
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> calculate());
                f.setId("calc-" + calculator.size());
                calculator.put(i.name(), f);
                inputs.add(f);
            }
            add(inputs);
            result.setId("negotiation-calc-result");
            add(result);
            calculate();
        }
    }

    /** A new issue: a price, better in the negotiation's direction, weight 1. */
    private PlanIssue blankIssue() {
        return new PlanIssue("", IssueKind.PRICE, null, IssueKind.PRICE.defaultBetter(direction.get()), 1.0, null, null, null, null);
    }

    void openAhp() {
        List<IssueRow> named = issues.rows().stream().filter(r -> !r.name.getValue().isBlank()).toList();
        if (named.size() < 2) {
            com.creditwb.workbench.common.ui.Notify.error(getTranslation("negotiation.weights.ahpTwo"));
            return;
        }
        new AhpDialog(ahp, getTranslation("negotiation.weights.ahp"), named.stream().map(r -> r.name.getValue()).toList(), null, (w, upper) -> {
            for (int k = 0; k < named.size(); k++) {
                named.get(k).weight.setValue(Math.round(w[k] * 10000) / 10000.0);
            }
        }).open();
    }

    /** Scores the calculator's package against the saved plan. */
    void calculate() {
        Map<String, Double> values = new LinkedHashMap<>();
        calculator.forEach((k, f) -> {
            if (f.getValue() != null) {
                values.put(k, f.getValue());
            }
        });
        result.removeAll();
        try {
            NegotiationCreditService.Scored s = negotiations.score(negotiation.getId(), values);
            PackageScore.Result r = s.result();
            Div score = new Div(getTranslation("negotiation.calc.score", Formats.decimal(r.score(), getLocale(), 1)));
            score.setId("calc-score");
            score.addClassName("wb-big-number");
            result.add(score);
            r.perIssue().forEach((name, per) -> {
                Span level = new Span(Labels.of(this, per.level()));
                level.getElement().getThemeList().add("badge" + (per.level() == IssueTargets.Level.BELOW ? " error"
                        : per.level() == IssueTargets.Level.OPTIMAL ? " success" : ""));
                result.add(new Div(new Span(getTranslation("negotiation.calc.issue", name, Formats.decimal(per.utility(), getLocale(), 1)) + " "),
                        level));
            });
            if (!r.breaches().isEmpty()) {
                Div breach = new Div(getTranslation("negotiation.calc.breaches", String.join(getTranslation("common.listSeparator"), r.breaches())));
                breach.addClassName("wb-error-text");
                breach.setId("calc-breaches");
                result.add(breach);
            }
            s.warnings().forEach(w -> {
                Div d = new Div(getTranslation(w.messageKey(), w.args().toArray()));
                d.addClassName("wb-warning-text");
                result.add(d);
            });
        } catch (ValidationException e) {
            Problems refused = new Problems();
            refused.show(e);
            result.add(refused);
        }
    }

    List<PlanIssue> issues() {
        return issues.values();
    }

    String batnaDescription() {
        return CounterpartTab.blankNull(batna.getValue());
    }

    Double batnaValue() {
        return batnaValue.getValue();
    }

    Double reservationScore() {
        return reservation.getValue();
    }
}
