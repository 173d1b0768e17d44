package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceReview;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The alliance's health: the six principles scored by both sides, the index, gaps, radar and trend, and a new review. */
class HealthTab extends VerticalLayout {

    final Problems problems = new Problems();

    final Map<Principle, Select<Integer>> ours = new EnumMap<>(Principle.class);
    final Map<Principle, Select<Integer>> theirs = new EnumMap<>(Principle.class);
    final Map<Principle, TextField> comments = new EnumMap<>(Principle.class);
    final DatePicker reviewDate = new DatePicker();
    final Chart radar = new Chart();
    final Chart trend = new Chart();
    private final transient AllianceService alliances;
    private final Alliance alliance;
    private final transient Runnable reload;
    private final transient java.time.Clock clock;

    private final transient com.creditwb.workbench.alliance.AllianceHealthService health;

    HealthTab(Alliance alliance, boolean editable, AllianceService alliances, com.creditwb.workbench.alliance.AllianceHealthService health, Runnable reload, java.time.Clock clock) {
        this.health = health;
        this.alliance = alliance;
        this.alliances = alliances;
        this.reload = reload;
        this.clock = clock;
        VerticalLayout box = this;
        List<AllianceReview> reviews = alliance.getReviews();
        List<String> axes = java.util.Arrays.stream(Principle.values()).map(p -> getTranslation(p.messageKey())).toList();
        radar.setId("alliance-radar");
        radar.setHeight("320px");
        trend.setId("alliance-trend");
        if (!reviews.isEmpty()) {
            AllianceReview latest = reviews.get(reviews.size() - 1);
            List<List<Double>> values = new ArrayList<>();
            List<String> names = new ArrayList<>();
            names.add(getTranslation("alliance.health.ours"));
            values.add(java.util.Arrays.stream(Principle.values()).map(p -> latest.getScores().get(p) == null ? null
                    : latest.getScores().get(p).doubleValue()).toList());
            if (!latest.getPartnerScores().isEmpty()) {
                names.add(getTranslation("alliance.health.theirs"));
                values.add(java.util.Arrays.stream(Principle.values()).map(p -> latest.getPartnerScores().get(p) == null ? null
                        : latest.getPartnerScores().get(p).doubleValue()).toList());
            }
            radar.radar(axes, 5, names, values);
            trend.lines(reviews.stream().map(r -> Formats.date(r.getDate(), getLocale())).toList(),
                    List.of(getTranslation("alliance.health.ours"), getTranslation("alliance.health.theirs")),
                    List.of(reviews.stream().map(AllianceReview::getIndex).toList(), reviews.stream().map(AllianceReview::getPartnerIndex).toList()));
            Span index = new Span(getTranslation("alliance.health.latest", Formats.date(latest.getDate(), getLocale()),
                    Formats.decimal(latest.getIndex(), getLocale(), 1),
                    latest.getPartnerIndex() == null ? "—" : Formats.decimal(latest.getPartnerIndex(), getLocale(), 1)));
            index.setId("alliance-health-latest");
            HorizontalLayout charts = new HorizontalLayout(radar, trend);
            charts.setWidthFull();
            box.add(index, charts);
        } else {
            box.add(new Paragraph(getTranslation("alliance.health.none")));
        }
        box.add(new Paragraph(getTranslation("alliance.health.formula")));
        Grid<AllianceReview> grid = new Grid<>();
        grid.setId("alliance-reviews");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Formats.date(r.getDate(), getLocale())).setHeader(getTranslation("alliance.field.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.decimal(r.getIndex(), getLocale(), 1)).setHeader(getTranslation("alliance.health.ours"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getPartnerIndex() == null ? "" : Formats.decimal(r.getPartnerIndex(), getLocale(), 1))
                .setHeader(getTranslation("alliance.health.theirs")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        for (Principle p : Principle.values()) {
            grid.addColumn(r -> {
                Integer o = r.getScores().get(p);
                Integer g = r.gaps().get(p);
                return (o == null ? "" : o.toString()) + (g == null || g == 0 ? "" : " (" + (g > 0 ? "+" : "") + g + ")");
            }).setHeader(getTranslation(p.messageKey())).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(reviews.reversed());
        grid.setAllRowsVisible(true);
        box.add(grid);
        if (editable) {
            box.add(reviewForm());
        }
    }

    private Component reviewForm() {
        VerticalLayout form = new VerticalLayout(new H4(getTranslation("alliance.review.new")));
        form.setPadding(false);
        reviewDate.setLabel(getTranslation("alliance.field.date"));
        reviewDate.setValue(LocalDate.now(clock));
        reviewDate.setId("review-date");
        form.add(reviewDate);
        for (Principle p : Principle.values()) {
            Select<Integer> o = new Select<>();
            o.setLabel(getTranslation("alliance.health.ours"));
            o.setItems(AllianceView.SCORES);
            o.setId("review-ours-" + p.name());
            Select<Integer> t = new Select<>();
            t.setLabel(getTranslation("alliance.health.theirs"));
            t.setItems(AllianceView.SCORES);
            t.setEmptySelectionAllowed(true);
            t.setId("review-theirs-" + p.name());
            TextField c = new TextField(getTranslation("alliance.field.comment"));
            c.setWidth("24em");
            ours.put(p, o);
            theirs.put(p, t);
            comments.put(p, c);
            Span label = new Span(getTranslation(p.messageKey()));
            label.setWidth("14em");
            HorizontalLayout row = new HorizontalLayout(label, o, t, c);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.add(row);
        }
        Button record = new Button(getTranslation("alliance.review.record"), e -> recordReview());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("review-record");
        problems.setId("review-problems");
        form.add(problems, record);
        return form;
    }

    void recordReview() {
        Map<Principle, Integer> o = new EnumMap<>(Principle.class);
        Map<Principle, Integer> t = new EnumMap<>(Principle.class);
        Map<Principle, String> c = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            if (ours.get(p).getValue() != null) {
                o.put(p, ours.get(p).getValue());
            }
            if (theirs.get(p).getValue() != null) {
                t.put(p, theirs.get(p).getValue());
            }
            if (!comments.get(p).getValue().isBlank()) {
                c.put(p, comments.get(p).getValue());
            }
        }
        problems.attempt(() -> {
            AllianceService.ReviewOutcome out = health.review(alliance.getId(), reviewDate.getValue(), o, t.isEmpty() ? null : t, c);
            Notify.success(getTranslation("alliance.review.recorded", Formats.decimal(out.review().getIndex(), getLocale(), 1),
                    out.openedRisks().size()));
            reload.run();
        }, Map.of("date", reviewDate), null);
    }

}
