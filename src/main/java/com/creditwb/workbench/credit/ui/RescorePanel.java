package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.credit.RescoreService;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Re-scoring the portfolio with the current version in the background: start, progress, and how ratings would move. */
class RescorePanel extends VerticalLayout {

    private final transient RescoreService rescore;
    private final List<String> ratingOrder;
    final Button start = new Button();
    final ProgressBar progress = new ProgressBar();
    final Div result = new Div();

    RescorePanel(RescoreService rescore, ScoringModel model) {
        this.rescore = rescore;
        this.ratingOrder = model.ratings().stream().map(ScoringModel.RatingBand::grade).toList();
        setPadding(false);
        start.setText(getTranslation("rescore.start"));
        start.setIcon(VaadinIcon.REFRESH.create());
        start.setId("rescore-start");
        start.addClickListener(e -> {
            rescore.start();
            UI.getCurrent().setPollInterval(500);
            show();
        });
        progress.setWidth("320px");
        progress.setId("rescore-progress");
        result.setId("rescore-result");
        addAttachListener(e -> e.getUI().addPollListener(p -> show()));
        add(new Paragraph(getTranslation("rescore.help")), start, progress, result);
        show();
    }

    void show() {
        var latest = rescore.latest();
        progress.setVisible(latest.isPresent() && !latest.get().finished());
        result.removeAll();
        if (latest.isEmpty()) {
            return;
        }
        RescoreService.Job job = latest.get();
        progress.setValue(job.total() == 0 ? 1 : (double) job.done() / job.total());
        start.setEnabled(job.finished());
        if (!job.finished()) {
            result.add(new Paragraph(getTranslation("rescore.running", job.done(), job.total())));
            return;
        }
        UI.getCurrent().setPollInterval(-1);
        if (job.error() != null) {
            result.add(new Paragraph(getTranslation("rescore.failed")));
            return;
        }
        double perSecond = job.millis() == 0 ? job.done() : job.done() * 1000.0 / job.millis();
        result.add(new Paragraph(getTranslation("rescore.done", job.done(), job.modelNumber(), job.changed(),
                Formats.integer(Math.round(perSecond), getLocale()))));
        Grid<Map.Entry<String, Map<String, Integer>>> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("rescore.from")).setAutoWidth(true);
        grid.addColumn(e -> String.join("  ", e.getValue().entrySet().stream().map(x -> x.getKey() + ": " + x.getValue()).toList()))
                .setHeader(getTranslation("rescore.to")).setFlexGrow(1);
        grid.setItems(job.migration().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> ratingOrder.contains(e.getKey()) ? ratingOrder.indexOf(e.getKey()) : ratingOrder.size()))
                .toList());
        grid.setAllRowsVisible(true);
        grid.setId("rescore-migration");
        result.add(grid);
    }
}
