package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.model.FiveC;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Two assessments of a customer side by side, rows that differ marked. */
class CompareDialog extends Dialog {

    record Row(String label, String left, String right) {
        boolean differs() {
            return !Objects.equals(left, right);
        }
    }

    final Grid<Row> grid = new Grid<>();

    CompareDialog(AssessmentService assessments, Assessment a, Assessment b) {
        Evaluation ea = assessments.evaluate(a);
        Evaluation eb = assessments.evaluate(b);
        setHeaderTitle(getTranslation("credit.compare.title"));
        setWidth("900px");
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(getTranslation("credit.assessment.created"), created(a), created(b)));
        rows.add(new Row(getTranslation("credit.assessment.status"), Labels.of(this, a.getStatus()), Labels.of(this, b.getStatus())));
        rows.add(new Row(getTranslation("credit.model.version"), String.valueOf(ea.modelNumber()), String.valueOf(eb.modelNumber())));
        rows.add(new Row(getTranslation("credit.period"), period(ea), period(eb)));
        rows.add(new Row(getTranslation("credit.requestedLimit"), CreditText.amount(this, ea.input().requestedLimit()),
                CreditText.amount(this, eb.input().requestedLimit())));
        rows.add(new Row(getTranslation("credit.composite"), CreditText.score(this, ea.result().composite()),
                CreditText.score(this, eb.result().composite())));
        rows.add(new Row(getTranslation("credit.fiveCScore"), CreditText.score(this, ea.result().fiveCScore()),
                CreditText.score(this, eb.result().fiveCScore())));
        rows.add(new Row(getTranslation("credit.ratioScore"), CreditText.score(this, ea.result().ratioScore()),
                CreditText.score(this, eb.result().ratioScore())));
        for (FiveC f : FiveC.values()) {
            rows.add(new Row(getTranslation(f.messageKey()), CreditText.score(this, ea.result().factorScores().get(f)),
                    CreditText.score(this, eb.result().factorScores().get(f))));
        }
        rows.add(new Row(getTranslation("credit.rating"), ea.rating(), eb.rating()));
        rows.add(new Row(getTranslation("credit.riskClass"), getTranslation(ea.riskClass().messageKey()), getTranslation(eb.riskClass().messageKey())));
        rows.add(new Row(getTranslation("credit.limit"), CreditText.amount(this, ea.limit()), CreditText.amount(this, eb.limit())));
        rows.add(new Row(getTranslation("credit.terms"), getTranslation("credit.days", ea.termsDays()), getTranslation("credit.days", eb.termsDays())));
        rows.add(new Row(getTranslation("credit.override.reason"), reason(ea), reason(eb)));
        for (SubFactor s : SubFactor.values()) {
            rows.add(new Row(getTranslation(s.messageKey()), level(ea.input(), s), level(eb.input(), s)));
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::label).setHeader("").setFlexGrow(2);
        grid.addColumn(Row::left).setHeader(getTranslation("credit.compare.left", a.getId())).setFlexGrow(2);
        grid.addColumn(Row::right).setHeader(getTranslation("credit.compare.right", b.getId())).setFlexGrow(2);
        grid.setPartNameGenerator(r -> r.differs() ? "wb-differs" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setId("compare-grid");
        add(grid);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private String created(Assessment a) {
        return Formats.dateTime(a.getCreatedAt(), getLocale());
    }

    private String period(Evaluation e) {
        return e.input().periodEnd() == null ? getTranslation("credit.period.none") : Formats.date(e.input().periodEnd(), getLocale());
    }

    private String reason(Evaluation e) {
        return e.overridden() && e.override().reason() != null ? e.override().reason() : "";
    }

    private static String level(AssessmentInput in, SubFactor s) {
        AssessmentInput.SubScore score = in.scores().get(s);
        return score == null || score.score() == null ? "—" : String.valueOf(score.score());
    }
}
