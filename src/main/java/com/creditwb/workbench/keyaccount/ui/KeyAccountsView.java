package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.BackgroundWork;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport;
import com.creditwb.workbench.keyaccount.segment.Pareto;
import com.creditwb.workbench.keyaccount.segment.Pyramid;
import com.creditwb.workbench.keyaccount.segment.RelationshipStrategy;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The key-account portfolio: value matrix (scatter, click a point to open the account), pyramid, Pareto
 * curve, the accounts with their segments, and the export to Excel — streamed in the background with a
 * progress bar and a cancel button.
 */
@com.vaadin.flow.router.Menu(title = "nav.keyAccounts", order = 3.0, icon = "vaadin:star")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.keyAccounts")
@Route("key-accounts")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_, Role.FINANCE_})
public class KeyAccountsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final List<String> SEGMENTS = java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
            KeyAccountService.SEGMENTS.stream()).toList();

    private final transient KeyAccountService keyAccounts;
    private final transient KeyAccountExport export;
    final Select<String> segment = new Select<>();
    final Span count = new Span();
    final Chart matrix = new Chart();
    final Chart pyramid = new Chart();
    final Chart pareto = new Chart();
    final Paragraph paretoSummary = new Paragraph();
    final Grid<KeyAccountService.PortfolioRow> grid = new Grid<>();
    final Button exportButton = new Button();
    final Button cancel = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span exportStatus = new Span();
    final Div exportLink = new Div();
    private final transient BackgroundWork work;
    private volatile transient BackgroundWork.Job job;
    List<KeyAccountService.PortfolioRow> rows = List.of();

    public KeyAccountsView(KeyAccountService keyAccounts, KeyAccountExport export, BackgroundWork work) {
        this.work = work;
        this.keyAccounts = keyAccounts;
        this.export = export;
        addClassName("wb-page");
        segment.setLabel(getTranslation("keyaccount.portfolio.segment"));
        segment.setItems(SEGMENTS);
        segment.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("keyaccount.segment.all") : export.segmentLabel(s, getLocale()));
        segment.setValue("");
        segment.setId("ka-segment");
        segment.addValueChangeListener(e -> load());
        count.setId("ka-count");
        exportButton.setText(getTranslation("keyaccount.portfolio.export"));
        exportButton.setId("ka-export");
        exportButton.addClickListener(e -> startExport());
        cancel.setText(getTranslation("keyaccount.portfolio.cancel"));
        cancel.setId("ka-export-cancel");
        cancel.setVisible(false);
        cancel.addClickListener(e -> {
            if (job != null) {
                job.cancel();
            }
        });
        progress.setVisible(false);
        progress.setId("ka-export-progress");
        exportStatus.setId("ka-export-status");
        exportLink.setId("ka-export-link");
        HorizontalLayout top = new HorizontalLayout(segment, count, exportButton, cancel, exportStatus, exportLink);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        matrix.setId("ka-matrix");
        matrix.setHeight("420px");
        pyramid.setId("ka-pyramid");
        pareto.setId("ka-pareto");
        paretoSummary.setId("ka-pareto-summary");
        Div matrixCard = card("keyaccount.portfolio.matrix", matrix);
        matrixCard.setWidthFull();
        matrixCard.getStyle().set("box-sizing", "border-box");
        Div charts = new Div(card("keyaccount.portfolio.pyramid", pyramid), card("keyaccount.portfolio.pareto", pareto, paretoSummary));
        charts.addClassName("wb-cards");
        grid.setId("ka-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        var l = getLocale();
        grid.addComponentColumn(r -> new Anchor("customers/" + r.code() + "?tab=keyAccount", r.code())).setHeader(getTranslation("keyaccount.xlsx.customerCode"))
                .setAutoWidth(true);
        grid.addColumn(KeyAccountService.PortfolioRow::name).setHeader(getTranslation("keyaccount.xlsx.customerName")).setFlexGrow(2);
        grid.addColumn(r -> Formats.amount(r.value().revenue(), l)).setHeader(getTranslation("keyaccount.xlsx.revenue"));
        grid.addColumn(r -> Formats.amount(r.value().currentValue(), l)).setHeader(getTranslation("keyaccount.xlsx.currentValue"));
        grid.addColumn(r -> Formats.percent(r.value().margin(), l)).setHeader(getTranslation("keyaccount.xlsx.margin"));
        grid.addColumn(r -> Formats.decimal(r.value().potentialScore(), l, 1)).setHeader(getTranslation("keyaccount.xlsx.potentialScore"));
        grid.addColumn(r -> Labels.of(this, r.value().quadrant())).setHeader(getTranslation("keyaccount.xlsx.quadrant"));
        grid.addColumn(r -> Labels.of(this, r.value().tier())).setHeader(getTranslation("keyaccount.xlsx.tier"));
        grid.addColumn(r -> Labels.of(this, r.value().loyalty())).setHeader(getTranslation("keyaccount.xlsx.loyalty"));
        grid.addColumn(r -> Labels.of(this, r.value().profitability())).setHeader(getTranslation("keyaccount.xlsx.profitability"));
        grid.addColumn(r -> Labels.of(this, r.value().kotlerLevel())).setHeader(getTranslation("keyaccount.xlsx.kotlerLevel"));
        grid.addColumn(r -> Labels.of(this, r.keyAccount())).setHeader(getTranslation("keyaccount.xlsx.identification"));
        grid.setHeight("480px");
        add(new H2(getTranslation("keyaccount.portfolio.title")), top, progress, matrixCard, charts, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String s = event.getLocation().getQueryParameters().getSingleParameter("segment").orElse("");
        segment.setValue(SEGMENTS.contains(s) ? s : "");
        load();
    }

    private static Div card(String titleKey, com.vaadin.flow.component.Component... content) {
        Div card = new Div(new H3(UI.getCurrent().getTranslation(titleKey)));
        card.add(content);
        card.addClassName("wb-card");
        return card;
    }

    void load() {
        rows = keyAccounts.portfolio(segment.getValue());
        count.setText(getTranslation("keyaccount.portfolio.accounts", Formats.integer(rows.size(), getLocale())));
        grid.setItems(rows);
        Segmentation.Result all = keyAccounts.analysis();
        Map<RelationshipStrategy, List<Chart.Point>> groups = new EnumMap<>(RelationshipStrategy.class);
        for (RelationshipStrategy s : RelationshipStrategy.values()) {
            groups.put(s, new ArrayList<>());
        }
        Map<Pyramid.Tier, long[]> tiers = new EnumMap<>(Pyramid.Tier.class);
        Map<Pyramid.Tier, double[]> tierProfit = new EnumMap<>(Pyramid.Tier.class);
        for (Pyramid.Tier t : Pyramid.Tier.values()) {
            tiers.put(t, new long[1]);
            tierProfit.put(t, new double[1]);
        }
        for (KeyAccountService.PortfolioRow r : rows) {
            Segmentation.Value v = r.value();
            if (v.quadrant() != null && groups.get(v.quadrant()).size() < 2000) {
                groups.get(v.quadrant()).add(new Chart.Point(v.currentValue().doubleValue(), v.potentialScore(), r.code() + " " + r.name(),
                        "customers/" + r.code() + "?tab=keyAccount"));
            }
            if (v.tier() != null) {
                tiers.get(v.tier())[0]++;
                tierProfit.get(v.tier())[0] += v.currentValue().doubleValue();
            }
        }
        matrix.scatter(getTranslation("keyaccount.portfolio.matrixX"), getTranslation("keyaccount.portfolio.matrixY"),
                groups.keySet().stream().map(s -> getTranslation(s.messageKey())).toList(), new ArrayList<>(groups.values()),
                all.currentMedian(), all.potentialMedian());
        pyramid.bars(java.util.Arrays.stream(Pyramid.Tier.values()).map(t -> getTranslation(t.messageKey())).toList(),
                List.of(getTranslation("keyaccount.portfolio.pyramidAccounts")),
                List.of(java.util.Arrays.stream(Pyramid.Tier.values()).map(t -> (double) tiers.get(t)[0]).toList()));
        List<Pareto.Line> lines = all.profitPareto();
        int step = Math.max(1, lines.size() / 100);
        List<String> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += step) {
            xs.add(Formats.percent((i + 1) / (double) lines.size(), getLocale()));
            ys.add(lines.get(i).cumulativeShare());
        }
        pareto.show(xs, getTranslation("keyaccount.portfolio.pareto"), ys, Chart.Format.PERCENT);
        paretoSummary.setText(getTranslation("keyaccount.portfolio.paretoSummary",
                Formats.percent(Pareto.headShareOfAccounts(all.revenuePareto()), getLocale()),
                Formats.percent(Pareto.headShareOfAccounts(lines), getLocale())));
    }

    /** Writes the shown rows to a temporary file in the background; the link appears when it is done. */
    void startExport() {
        UI ui = UI.getCurrent();
        List<KeyAccountService.PortfolioRow> snapshot = export.portfolioRows(segment.getValue());
        String seg = segment.getValue();
        Locale locale = getLocale();
        exportLink.removeAll();
        exportButton.setEnabled(false);
        cancel.setVisible(true);
        progress.setVisible(true);
        progress.setValue(0);
        int total = Math.max(1, snapshot.size());
        exportStatus.setText(getTranslation("keyaccount.portfolio.exporting", 0, snapshot.size()));
        job = work.submit("key-account-export", export -> {
            export.total(total);
            Path file = Files.createTempFile("key-account-portfolio", ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    this.export.writePortfolio(snapshot, seg, locale, out, written -> {
                        export.step(written);
                        if (written % 500 == 0) {
                            ui.access(() -> {
                                progress.setValue(written / (double) total);
                                exportStatus.setText(getTranslation("keyaccount.portfolio.exporting", written, snapshot.size()));
                            });
                        }
                    });
                }
                byte[] bytes = Files.readAllBytes(file);
                ui.access(() -> finished(bytes, snapshot.size()));
            } finally {
                Files.deleteIfExists(file);
            }
        }, finished -> {
            if (finished.state() == BackgroundWork.State.CANCELLED) {
                ui.access(() -> ended(getTranslation("keyaccount.portfolio.cancelled")));
            } else if (finished.state() == BackgroundWork.State.FAILED) {
                ui.access(() -> ended(getTranslation("keyaccount.portfolio.failed")));
            }
        });
    }

    private void finished(byte[] bytes, int rowsWritten) {
        ended(getTranslation("keyaccount.portfolio.exported", Formats.integer(rowsWritten, getLocale())));
        Anchor link = ExcelFiles.download("key-account-portfolio.xlsx", () -> bytes, getTranslation("keyaccount.portfolio.downloadReady"));
        link.setId("ka-export-download");
        exportLink.add(link);
    }

    private void ended(String text) {
        exportStatus.setText(text);
        progress.setVisible(false);
        cancel.setVisible(false);
        exportButton.setEnabled(true);
    }

    /** Waits for a running export (tests). */
    void awaitExport() throws InterruptedException {
        if (job != null) {
            job.await(java.time.Duration.ofSeconds(60));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (job != null) {
            job.cancel();
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keyaccount.portfolio.title");
    }
}
