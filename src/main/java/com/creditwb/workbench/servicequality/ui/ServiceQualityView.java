package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.servicequality.SurveyPortfolioService;
import com.creditwb.workbench.servicequality.SurveyService;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Service quality across the portfolio or a segment of it: the SERVQUAL rounds pooled by half-year (trend of CSI and
 * SERVQUAL), the latest half-year's dimensions with the importance–performance chart and its dissatisfiers, and a
 * round started for every customer of the segment at once.
 */
@Menu(title = "nav.serviceQuality", order = 1.55, icon = "vaadin:smiley-o")
@NavigationGroup("nav.group.customers")
@Route("service-quality")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
public class ServiceQualityView extends VerticalLayout implements HasDynamicTitle {

    final Select<String> segment = new Select<>();
    final Select<Dimension.Model> model = new Select<>();
    final Div summary = new Div();
    final Chart trend = new Chart();
    final Grid<SurveyPortfolioService.PortfolioPoint> periods = new Grid<>();
    final VerticalLayout figures = new VerticalLayout();
    final Button surveySegment = new Button();
    SurveyPortfolioService.Portfolio shown;
    private final transient SurveyService surveys;
    private final transient SurveyPortfolioService portfolios;

    private final java.time.Clock clock;

    public ServiceQualityView(SurveyService surveys, SurveyPortfolioService portfolios, KeyAccountExport segments, java.time.Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.portfolios = portfolios;
        Locale l = getLocale();
        segment.setLabel(getTranslation("sq.segment"));
        segment.setItems(Stream.concat(Stream.of(""), KeyAccountService.SEGMENTS.stream()).toList());
        segment.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("sq.segment.all") : segments.segmentLabel(s, l));
        segment.setValue("");
        segment.setId("sq-segment");
        model.setLabel(getTranslation("survey.questionnaire"));
        model.setItems(Dimension.Model.values());
        model.setItemLabelGenerator(m -> Labels.of(this, m));
        model.setValue(Dimension.Model.FIVE);
        model.setId("sq-model");
        surveySegment.setText(getTranslation("sq.surveySegment"));
        surveySegment.setIcon(VaadinIcon.ENVELOPES_O.create());
        surveySegment.setId("sq-survey-segment");
        surveySegment.addClickListener(e -> openSurveySegment());
        HorizontalLayout filters = new HorizontalLayout(segment, model, surveySegment);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("sq.help"));
        help.addClassName("wb-muted");
        summary.setId("sq-summary");
        trend.setId("sq-trend");
        periods.setId("sq-periods");
        periods.addThemeVariants(GridVariant.LUMO_COMPACT);
        periods.addColumn(p -> period(p.period())).setHeader(getTranslation("sq.period"));
        periods.addColumn(p -> Formats.integer(p.rounds(), l)).setHeader(getTranslation("sq.rounds")).setTextAlign(ColumnTextAlign.END);
        periods.addColumn(p -> Formats.integer(p.customers(), l)).setHeader(getTranslation("sq.customers")).setTextAlign(ColumnTextAlign.END);
        periods.addColumn(p -> Formats.integer(p.result().respondents(), l)).setHeader(getTranslation("sq.respondents"))
                .setTextAlign(ColumnTextAlign.END);
        periods.addColumn(p -> Formats.decimal(p.result().servqual(), l, 2)).setHeader("SERVQUAL").setTextAlign(ColumnTextAlign.END);
        periods.addColumn(p -> Formats.decimal(p.result().csi(), l, 1)).setHeader(getTranslation("survey.csi")).setTextAlign(ColumnTextAlign.END);
        periods.addColumn(p -> p.result().nps() == null ? "—" : Formats.decimal(p.result().nps(), l, 0)).setHeader("NPS")
                .setTextAlign(ColumnTextAlign.END);
        periods.setAllRowsVisible(true);
        figures.setPadding(false);
        add(new H2(getTranslation("sq.title")), help, filters, summary, trend, periods, figures);
        segment.addValueChangeListener(e -> load());
        model.addValueChangeListener(e -> load());
        load();
    }

    void load() {
        shown = portfolios.portfolio(segment.getValue(), model.getValue());
        surveySegment.setEnabled(!segment.getValue().isEmpty());
        Locale l = getLocale();
        figures.removeAll();
        boolean any = shown.latest() != null;
        trend.setVisible(any);
        periods.setVisible(any);
        periods.setItems(shown.trend());
        if (!any) {
            summary.setText(getTranslation("sq.none"));
            return;
        }
        var r = shown.latest().result();
        summary.setText(getTranslation("sq.summary", period(shown.latest().period()), Formats.decimal(r.servqual(), l, 2),
                Formats.decimal(r.weighted(), l, 2), Formats.decimal(r.csi(), l, 1), r.nps() == null ? "—" : Formats.decimal(r.nps(), l, 0),
                r.respondents(), shown.latest().customers()));
        trend.lines(shown.trend().stream().map(p -> period(p.period())).toList(),
                List.of(getTranslation("survey.csi"), getTranslation("survey.servqualTimes10")),
                List.of(shown.trend().stream().map(p -> ServqualFigures.round(p.result().csi())).toList(),
                        shown.trend().stream().map(p -> ServqualFigures.round(p.result().servqual() * 10)).toList()), true);
        figures.add(new ServqualFigures(r, shown.chart(), "sq-ipa"));
    }

    String period(SurveyPortfolioService.HalfYear h) {
        return getTranslation("sq.period." + h.half(), String.valueOf(h.year()));
    }

    /** A round for every customer of the segment whose service the user runs; the links are shown once, by customer. */
    FormDialog openSurveySegment() {
        TextField title = new TextField(getTranslation("survey.title"));
        LocalDate today = LocalDate.now(clock);
        title.setValue(ServicePanel.defaultTitle(this, today));
        title.setWidthFull();
        title.setId("sq-title");
        DatePicker until = new DatePicker(getTranslation("survey.validUntil"));
        until.setValue(today.plusWeeks(3));
        until.setLocale(getLocale());
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("survey.language"));
        language.setItems(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        language.setItemLabelGenerator(x -> getTranslation("language." + x.toLanguageTag()));
        language.setValue(Locale.SIMPLIFIED_CHINESE);
        Paragraph help = new Paragraph(getTranslation("sq.surveySegment.help", segment.getItemLabelGenerator().apply(segment.getValue()),
                Labels.of(this, model.getValue())));
        FormDialog d = new FormDialog(getTranslation("sq.surveySegment"), getTranslation("survey.create"), () -> {
            SurveyService.SegmentCreated created = surveys.createForSegment(segment.getValue(), model.getValue(), title.getValue(),
                    until.getValue(), language.getValue());
            Notify.success(getTranslation("sq.created", created.rounds().size(), created.links()));
            if (!created.withoutContacts().isEmpty()) {
                Notify.error(getTranslation("sq.withoutContacts", String.join(getTranslation("common.listSeparator"), created.withoutContacts())));
            }
            SurveyLinksDialog.open(created.rounds().stream().map(r -> new SurveyLinksDialog.Group(
                    customerName(created, r), r.links())).toList());
            load();
        });
        d.with(help, title, until, language).fields(java.util.Map.of("title", title, "validUntil", until));
        d.problems().setId("sq-problems");
        d.primary().setId("sq-create");
        d.open();
        return d;
    }

    private String customerName(SurveyService.SegmentCreated created, SurveyService.Created round) {
        return created.names().getOrDefault(round.survey().getCustomerId(), "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sq.title");
    }
}
