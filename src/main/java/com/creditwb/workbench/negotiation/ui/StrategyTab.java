package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.domain.Strategy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The basic strategy (确定谈判的基本策略) with the clause-by-clause positions and the price range, and the venue
 * (布置谈判现场): main room, caucus room, rest room and seating.
 */
class StrategyTab extends VerticalLayout {

    /** One clause's row. */
    final class ClauseRow extends HorizontalLayout {
        final TextField clause = new TextField(getTranslation("negotiation.clause"));
        final TextField position = new TextField(getTranslation("negotiation.clause.position"));
        final TextField fallback = new TextField(getTranslation("negotiation.clause.fallback"));
        final TextField redLine = new TextField(getTranslation("negotiation.clause.redLine"));

        ClauseRow(Strategy.ClausePosition c) {
            for (TextField f : List.of(clause, position, fallback, redLine)) {
                f.setReadOnly(!editable);
                f.setWidth("15em");
            }
            clause.setValue(c.clause() == null ? "" : c.clause());
            position.setValue(c.position() == null ? "" : c.position());
            fallback.setValue(c.fallback() == null ? "" : c.fallback());
            redLine.setValue(c.redLine() == null ? "" : c.redLine());
            add(clause, position, fallback, redLine);
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    rows.remove(this);
                    clauses.remove(this);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("common.remove"));
                add(remove);
            }
            setWrap(true);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            addClassName("wb-row-card");
        }

        Strategy.ClausePosition value() {
            return new Strategy.ClausePosition(clause.getValue().strip(), CounterpartTab.blankNull(position.getValue()),
                    CounterpartTab.blankNull(fallback.getValue()), CounterpartTab.blankNull(redLine.getValue()));
        }
    }

    private final boolean editable;
    final TextArea theirGoals = area("negotiation.strategy.theirGoals");
    final TextArea obstacles = area("negotiation.strategy.obstacles");
    final TextArea theirTerms = area("negotiation.strategy.theirTerms");
    final TextArea counterMeasures = area("negotiation.strategy.counterMeasures");
    final TextArea alternatives = area("negotiation.strategy.alternatives");
    final NumberField priceLow = new NumberField();
    final NumberField priceHigh = new NumberField();
    final VerticalLayout clauses = new VerticalLayout();
    final List<ClauseRow> rows = new ArrayList<>();
    final TextField mainRoom = new TextField();
    final TextField caucusRoom = new TextField();
    final TextField restRoom = new TextField();
    final Select<Strategy.Seating> seating;

    StrategyTab(Negotiation n, boolean editable) {
        this.editable = editable;
        setPadding(false);
        Strategy s = n.getStrategy();
        theirGoals.setValue(nz(s.theirGoals()));
        theirGoals.setId("strategy-their-goals");
        obstacles.setValue(nz(s.obstacles()));
        theirTerms.setValue(nz(s.theirTerms()));
        counterMeasures.setValue(nz(s.counterMeasures()));
        alternatives.setValue(nz(s.alternatives()));
        for (TextArea a : List.of(theirGoals, obstacles, theirTerms, counterMeasures, alternatives)) {
            a.setReadOnly(!editable);
        }
        FormLayout basic = new FormLayout(theirGoals, obstacles, theirTerms, counterMeasures);
        basic.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        add(new H4(getTranslation("negotiation.strategy")), basic);

        add(new H4(getTranslation("negotiation.clauses")));
        clauses.setPadding(false);
        clauses.setId("strategy-clauses");
        s.clauses().forEach(this::addClause);
        add(clauses);
        if (editable) {
            Button add = new Button(getTranslation("negotiation.addClause"), VaadinIcon.PLUS.create(),
                    e -> addClause(new Strategy.ClausePosition("", null, null, null)));
            add.setId("strategy-add-clause");
            add(add);
        }
        priceLow.setLabel(getTranslation("negotiation.priceRange.low"));
        priceLow.setValue(s.priceLow());
        priceHigh.setLabel(getTranslation("negotiation.priceRange.high"));
        priceHigh.setValue(s.priceHigh());
        priceLow.setReadOnly(!editable);
        priceHigh.setReadOnly(!editable);
        add(new H4(getTranslation("negotiation.priceRange")), new HorizontalLayout(priceLow, priceHigh), alternatives);

        add(new H4(getTranslation("negotiation.venue")));
        Strategy.Venue v = s.venue();
        mainRoom.setLabel(getTranslation("negotiation.venue.mainRoom"));
        caucusRoom.setLabel(getTranslation("negotiation.venue.caucusRoom"));
        caucusRoom.setHelperText(getTranslation("negotiation.venue.caucusRoom.help"));
        restRoom.setLabel(getTranslation("negotiation.venue.restRoom"));
        restRoom.setHelperText(getTranslation("negotiation.venue.restRoom.help"));
        mainRoom.setValue(v == null ? "" : nz(v.mainRoom()));
        caucusRoom.setValue(v == null ? "" : nz(v.caucusRoom()));
        restRoom.setValue(v == null ? "" : nz(v.restRoom()));
        seating = Labels.select(this, "negotiation.venue.seating", Strategy.Seating.class);
        seating.setEmptySelectionAllowed(true);
        seating.setValue(v == null ? null : v.seating());
        for (TextField f : List.of(mainRoom, caucusRoom, restRoom)) {
            f.setReadOnly(!editable);
        }
        seating.setReadOnly(!editable);
        add(new FormLayout(mainRoom, caucusRoom, restRoom, seating));
    }

    private TextArea area(String key) {
        TextArea a = new TextArea(getTranslation(key));
        a.setWidthFull();
        a.setMinHeight("5em");
        return a;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void addClause(Strategy.ClausePosition c) {
        ClauseRow row = new ClauseRow(c);
        rows.add(row);
        clauses.add(row);
    }

    Strategy strategy() {
        Strategy.Venue venue = new Strategy.Venue(CounterpartTab.blankNull(mainRoom.getValue()), CounterpartTab.blankNull(caucusRoom.getValue()),
                CounterpartTab.blankNull(restRoom.getValue()), seating.getValue());
        return new Strategy(CounterpartTab.blankNull(theirGoals.getValue()), CounterpartTab.blankNull(obstacles.getValue()),
                CounterpartTab.blankNull(theirTerms.getValue()), CounterpartTab.blankNull(counterMeasures.getValue()),
                rows.stream().map(ClauseRow::value).toList(), CounterpartTab.blankNull(alternatives.getValue()), priceLow.getValue(),
                priceHigh.getValue(), venue);
    }
}
