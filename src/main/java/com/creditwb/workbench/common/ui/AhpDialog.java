package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.math.Ahp;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Pairwise comparisons on Saaty's 1–9 scale (层次分析法): the upper triangle is entered, the reciprocals
 * follow. Weights are the principal eigenvector; a matrix with CR ≥ 0.10 cannot be applied. Used for the
 * 5C factors and for the loyalty indicators.
 */
public class AhpDialog extends Dialog {

    static final List<Double> SCALE = List.of(9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0, 1 / 2.0, 1 / 3.0, 1 / 4.0, 1 / 5.0,
            1 / 6.0, 1 / 7.0, 1 / 8.0, 1 / 9.0);

    public final List<Select<Double>> cells = new ArrayList<>();
    public final Div outcome = new Div();
    public final Button apply = new Button();
    private final List<String> names;
    private final transient AhpWeights weights;
    private Ahp.Result result;

    public AhpDialog(AhpWeights weights, String title, List<String> names, List<Double> upper, BiConsumer<double[], List<Double>> onApply) {
        this.weights = weights;
        this.names = names;
        setHeaderTitle(getTranslation("ahp.dialog.title", title));
        setWidth("760px");
        VerticalLayout rows = new VerticalLayout(new Paragraph(getTranslation("ahp.dialog.help")));
        rows.setPadding(false);
        int k = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Select<Double> select = new Select<>();
                select.setItems(SCALE);
                select.setItemLabelGenerator(AhpDialog::label);
                select.setValue(nearest(upper == null || k >= upper.size() ? 1.0 : upper.get(k)));
                select.setWidth("7em");
                select.setId("ahp-" + i + "-" + j);
                select.addValueChangeListener(e -> calculate());
                cells.add(select);
                Span left = new Span(names.get(i));
                left.setWidth("16em");
                Span right = new Span(getTranslation("ahp.dialog.versus", names.get(j)));
                HorizontalLayout row = new HorizontalLayout(left, select, right);
                row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
                rows.add(row);
                k++;
            }
        }
        outcome.setId("ahp-outcome");
        rows.add(outcome);
        add(rows);
        apply.setText(getTranslation("ahp.dialog.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("ahp-apply");
        apply.addClickListener(e -> {
            onApply.accept(result.weights(), upper());
            close();
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), apply);
        calculate();
    }

    public List<Double> upper() {
        return cells.stream().map(Select::getValue).toList();
    }

    public void calculate() {
        outcome.removeAll();
        result = null;
        try {
            result = weights.weigh(upper(), names);
            NumberFormat f = NumberFormat.getNumberInstance(getLocale());
            f.setMinimumFractionDigits(3);
            f.setMaximumFractionDigits(3);
            for (int i = 0; i < names.size(); i++) {
                outcome.add(new Div(new Span(names.get(i) + ": " + f.format(result.weights()[i]))));
            }
            Span stats = new Span(getTranslation("ahp.dialog.stats", f.format(result.lambdaMax()), f.format(result.ci()),
                    f.format(result.ri()), f.format(result.cr())));
            stats.getElement().getThemeList().add("badge success");
            stats.setId("ahp-stats");
            outcome.add(stats);
        } catch (ValidationException e) {
            Problems refused = new Problems();
            refused.setId("ahp-error");
            refused.show(e);
            outcome.add(refused);
        }
        apply.setEnabled(result != null);
    }

    static String label(Double v) {
        if (v >= 1) {
            return String.valueOf(Math.round(v));
        }
        return "1/" + Math.round(1 / v);
    }

    static Double nearest(double v) {
        return SCALE.stream().min((a, b) -> Double.compare(Math.abs(Math.log(a) - Math.log(v)), Math.abs(Math.log(b) - Math.log(v)))).orElse(1.0);
    }
}
