package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.math.Npv;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Lines;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the analysis says of one account: value, potential, segments, strategy, and the NPV cash-flow table. */
class ValueCard extends Div {

    private final CustomerRecord customer;
    private final transient KeyAccountService keyAccounts;

    ValueCard(CustomerRecord customer, KeyAccountService keyAccounts) {
        this.customer = customer;
        this.keyAccounts = keyAccounts;
        setId("ka-value");
        addClassName("wb-card");
    }

    void show(KeyAccountService.AccountView view) {
        removeAll();
        add(new H3(getTranslation("keyaccount.value.title")));
        Segmentation.Value v = view.value();
        if (v == null || v.year() == null) {
            Paragraph none = new Paragraph(getTranslation("keyaccount.value.none"));
            none.setId("ka-no-value");
            add(none);
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
                        + " · " + getTranslation("keyaccount.value.currentLevel") + ": " + Labels.of(this, customer.relationshipLevel())),
                line("ka-gale", getTranslation("keyaccount.value.galeValue"), view.gale() == null ? ""
                        : Formats.decimal(view.gale().customerValue(), l, 2)),
                line("ka-identification", getTranslation("keyaccount.value.identification"),
                        Labels.of(this, view.profile().getConfirmedOutcome() != null ? view.profile().getConfirmedOutcome()
                                : view.identification() == null ? null : view.identification().suggested())));
        add(lines);
        add(projection(view.projection()));
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
}
