package com.creditwb.workbench.credit.rates.ui;

import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ImportPanel;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.credit.rates.ExchangeRate;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/** Exchange rates (汇率) against the yuan: the list by currency, a form and an Excel import for FINANCE and ADMIN. */
@Menu(title = "nav.exchangeRates", order = 4.2, icon = "vaadin:exchange")
@NavigationGroup("nav.group.statements")
@Route("credit/exchange-rates")
@RolesAllowed({Role.ADMIN_, Role.FINANCE_, Role.CREDIT_MANAGER_})
public class ExchangeRatesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ExchangeRate> grid = new Grid<>();
    final TextField currency = new TextField();
    final DatePicker validFrom = new DatePicker();
    final BigDecimalField rate = new BigDecimalField();
    final Button save = new Button();
    final Problems formProblems = new Problems();
    ImportPanel<ExchangeRateService.RatePreview> imports;
    private final transient ExchangeRateService rates;
    private final transient ProblemMessages problems;

    private final java.time.Clock clock;

    public ExchangeRatesView(ExchangeRateService rates, ProblemMessages problems, java.time.Clock clock) {
        this.clock = clock;
        this.rates = rates;
        this.problems = problems;
        add(new H2(getTranslation("rates.title")), new Paragraph(getTranslation("rates.intro")));
        if (rates.canEdit()) {
            currency.setLabel(getTranslation("rates.currency"));
            currency.setMaxLength(3);
            currency.setWidth("8em");
            currency.setId("rate-currency");
            validFrom.setLabel(getTranslation("rates.validFrom"));
            validFrom.setLocale(getLocale());
            validFrom.setValue(LocalDate.now(clock));
            validFrom.setId("rate-date");
            rate.setLabel(getTranslation("rates.rate"));
            rate.setId("rate-rate");
            save.setText(getTranslation("common.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("rate-save");
            save.addClickListener(e -> save());
            HorizontalLayout form = new HorizontalLayout(currency, validFrom, rate, save);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            imports = new ImportPanel<>("rate", new Steps(), problems, "rates.rejected", "rates.confirm", this::refresh);
            add(form, formProblems, new H3(getTranslation("rates.import")), new Paragraph(getTranslation("rates.import.help")), imports);
        }
        grid.setId("rate-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ExchangeRate::getCurrency).setHeader(getTranslation("rates.currency")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.getValidFrom(), getLocale())).setHeader(getTranslation("rates.validFrom")).setAutoWidth(true);
        grid.addColumn(r -> r.getRate().stripTrailingZeros().toPlainString()).setHeader(getTranslation("rates.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (rates.canEdit()) {
            grid.addComponentColumn(r -> {
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
                    rates.delete(r.getId());
                    refresh();
                });
                delete.setAriaLabel(getTranslation("common.delete"));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                return delete;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        add(new H3(getTranslation("rates.list")), grid);
        refresh();
    }

    void save() {
        formProblems.attempt(() -> {
            ExchangeRate saved = rates.save(currency.getValue(), validFrom.getValue(), rate.getValue());
            Notify.success(getTranslation("rates.saved", saved.getCurrency(), Formats.date(saved.getValidFrom(), getLocale())));
            refresh();
        }, java.util.Map.of("currency", currency, "validFrom", validFrom, "rate", rate), this::refresh);
    }

    /** The rate list's steps: every row or none, the currencies it sets named before storing. */
    private final class Steps implements ImportPanel.Steps<ExchangeRateService.RatePreview> {

        @Override
        public com.creditwb.workbench.common.excel.ExcelLimits limits() {
            return com.creditwb.workbench.common.excel.ExcelLimits.RATES;
        }


        @Override
        public ExchangeRateService.RatePreview preview(String fileName, byte[] bytes) {
            return rates.preview(bytes, fileName);
        }

        @Override
        public List<ExcelProblem> problems(ExchangeRateService.RatePreview preview) {
            return preview.problems();
        }

        @Override
        public List<com.vaadin.flow.component.Component> describe(ExchangeRateService.RatePreview preview) {
            return List.of(new Paragraph(getTranslation("rates.ready", preview.fileName(), preview.lines().size(),
                    preview.currencies().size(), String.join(getTranslation("common.listSeparator"), preview.currencies()))));
        }

        @Override
        public String store(ExchangeRateService.RatePreview preview) {
            return getTranslation("rates.imported", rates.confirm(preview), preview.fileName());
        }
    }

    void received(String fileName, byte[] bytes) {
        imports.received(fileName, bytes);
    }

    void refresh() {
        grid.setItems(rates.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rates.title");
    }
}
