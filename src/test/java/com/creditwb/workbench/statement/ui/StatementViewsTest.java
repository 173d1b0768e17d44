package com.creditwb.workbench.statement.ui;

import com.creditwb.workbench.statement.RatioText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.i18n.MessagesConfig;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.Industry;
import com.creditwb.workbench.statement.ImportPreview;
import com.creditwb.workbench.statement.LineItem;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.statement.RatioReport;
import com.creditwb.workbench.statement.SampleWorkbooks;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.StatementSet;
import com.creditwb.workbench.statement.importing.ImportDraft;
import com.creditwb.workbench.statement.importing.ParsedWorkbook;
import com.creditwb.workbench.statement.importing.StatementWorkbookParser;
import com.creditwb.workbench.statement.ratio.AltmanZ;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The statement views built directly with mocked services (no browser). */
class StatementViewsTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    static ProblemMessages problemMessages() throws Exception {
        MessagesConfig config = new MessagesConfig();
        Constructor<ProblemMessages> c = ProblemMessages.class.getDeclaredConstructor(Messages.class);
        c.setAccessible(true);
        return c.newInstance(new Messages(config.messageSource()));
    }

    static Customer customer() {
        Customer c = mock(Customer.class);
        when(c.getId()).thenReturn(7L);
        when(c.getCode()).thenReturn("C00007");
        when(c.getName()).thenReturn("深圳华信电子科技有限公司");
        when(c.getIndustry()).thenReturn(Industry.C);
        return c;
    }

    static ImportDraft sampleDraft() {
        ParsedWorkbook parsed = new StatementWorkbookParser(Map.of())
                .parse(SafeWorkbookReader.open(SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide())));
        return ImportDraft.build(parsed, null, null);
    }

    static StatementSet set(LocalDate end, com.creditwb.workbench.statement.StatementValues values) {
        StatementSet s = new StatementSet(7L, end, StatementSet.Source.IMPORT);
        s.setAmounts(values.amounts());
        return s;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> items(Grid<T> grid) {
        return ((DataProvider<T, Object>) grid.getDataProvider()).fetch(new Query<>()).collect(Collectors.toList());
    }

    @Test
    void the_financials_tab_shows_periods_side_by_side_in_the_chosen_unit_and_the_ratios() throws Exception {
        ViewTestSupport.open(Locale.ENGLISH);
        ImportDraft draft = sampleDraft();
        StatementSet y2025 = set(LocalDate.of(2025, 12, 31), draft.current());
        StatementSet y2024 = set(LocalDate.of(2024, 12, 31), draft.prior());
        StatementService service = mock(StatementService.class);
        when(service.periods(7L)).thenReturn(List.of(y2025, y2024));
        when(service.canWrite()).thenReturn(false);
        when(service.ratios(eq(7L), any(), any())).thenAnswer(inv -> {
            LocalDate end = inv.getArgument(1);
            boolean latest = end.getYear() == 2025;
            return Optional.of(new RatioReport(end, latest, RatioEngine.compute(latest ? draft.current() : draft.prior(),
                    latest ? draft.prior() : null, 365), AltmanZ.compute(AltmanZ.Variant.Z1, latest ? draft.current() : draft.prior(), null)));
        });
        FinancialsPanel panel = new FinancialsPanel(customer(), service, problemMessages());

        assertThat(panel.tabs.getTabCount()).as("three statements, ratios, versions").isEqualTo(5);
        @SuppressWarnings("unchecked")
        Grid<LineItem> balance = (Grid<LineItem>) panel.tabs.getComponent(panel.tabs.getTabAt(0));
        assertThat(balance.getColumns()).hasSize(3);
        assertThat(items(balance)).contains(LineItem.BS_CASH, LineItem.BS_TA).doesNotContain(LineItem.BS_GOODWILL);
        Column<LineItem> y2025Column = balance.getColumns().get(1);
        // 12,000,000 元 of cash in 万元 is 1,200.00
        assertThat(y2025Column.getRenderer()).isNotNull();
        assertThat(panel.unit.getValue()).isEqualTo(10_000L);

        panel.showTrend("roe");
        assertThat(panel.chart.getElement().getAttribute("data-values")).as("2024 has no prior year, so ROE uses closing equity")
                .isEqualTo(String.format(Locale.ROOT, "%.6f,%.6f", 675.0 / 3200 * 100, 750.0 / 3350 * 100));
        verify(service, never()).saveManual(anyLong(), any(), any(), anyLong(), org.mockito.ArgumentMatchers.anyBoolean(), any());
    }

    @Test
    void formulas_read_in_the_users_language() {
        ViewTestSupport.open(Locale.ENGLISH);
        com.vaadin.flow.component.html.Span context = new com.vaadin.flow.component.html.Span();
        assertThat(RatioText.formula(context, "IS_REVENUE / avg(BS_AR)")).isEqualTo("Revenue / average(Accounts receivable)");
        assertThat(RatioText.formula(context, "days / receivablesTurnover")).isEqualTo("days / Receivables turnover");
        assertThat(RatioText.formula(context, "dso + dio - dpo"))
                .isEqualTo("Days sales outstanding + Days inventory outstanding - Days payables outstanding");
        assertThat(RatioText.input(context, "BS_AR.prior")).isEqualTo("Accounts receivable · prior period");
    }

    @Test
    void a_customer_without_statements_is_told_so() throws Exception {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        StatementService service = mock(StatementService.class);
        when(service.periods(7L)).thenReturn(List.of());
        FinancialsPanel panel = new FinancialsPanel(customer(), service, problemMessages());
        assertThat(panel.tabs.getTabCount()).isEqualTo(1);
        assertThat(panel.tabs.getTabAt(0).getLabel()).isEqualTo("财务报表");
    }

    @Test
    void an_unreadable_upload_gets_a_failed_line_with_the_reason_and_the_rest_carry_on() throws Exception {
        ViewTestSupport.open(Locale.ENGLISH);
        StatementService service = mock(StatementService.class);
        when(service.preview(any(), eq("locked.xlsx"), any(), any())).thenThrow(new ExcelException(ExcelProblem.of("encrypted")));
        ImportDraft draft = sampleDraft();
        ImportPreview good = new ImportPreview("good.xlsx", "x", null, draft, Map.of(), null, null);
        when(service.preview(any(), eq("good.xlsx"), any(), any())).thenReturn(good);
        Customer customer = customer();
        when(service.customerNamedIn(good)).thenReturn(Optional.of(customer));
        StatementImportView view = new StatementImportView(service, mock(CustomerService.class), problemMessages(),
                com.creditwb.workbench.common.BackgroundWork.onCallingThread());

        view.received("locked.xlsx", new byte[] {1});
        view.received("good.xlsx", new byte[] {2});

        assertThat(view.files).extracting(r -> r.status).containsExactly(ImportResult.Status.FAILED, ImportResult.Status.READY);
        assertThat(view.files.get(0).messages.get(0)).contains("password-protected");
        assertThat(view.files.get(1).customer).isSameAs(customer);
        assertThat(view.storeReady.isEnabled()).isTrue();

        view.storeAllReady();
        verify(service).confirm(7L, good, false, false);
        assertThat(view.files.get(1).status).isEqualTo(ImportResult.Status.STORED);
    }

    @Test
    void mapping_an_unrecognised_label_in_the_preview_asks_the_service_to_revise() throws Exception {
        ViewTestSupport.open(Locale.ENGLISH);
        StatementService service = mock(StatementService.class);
        ImportDraft draft = sampleDraft();
        ParsedWorkbook parsed = new ParsedWorkbook(List.of(), LocalDate.of(2025, 12, 31), null, null, List.of(), List.of());
        ImportPreview preview = new ImportPreview("f.xlsx", "x", parsed, draft, Map.of(), null, null);
        when(service.revise(any(), any(), any(), any())).thenReturn(preview);
        ImportResult result = new ImportResult("f.xlsx");
        result.preview = preview;
        result.customer = customer();
        ImportPreviewDialog dialog = new ImportPreviewDialog(result, service, mock(CustomerService.class), problemMessages(), false, () -> { });
        assertThat(dialog.confirm.isEnabled()).as("all checks pass and the customer is known").isTrue();
        dialog.revise(Map.of("应收利息", LineItem.BS_OTHER_REC));
        verify(service).revise(preview, Map.of("应收利息", LineItem.BS_OTHER_REC), null, LocalDate.of(2025, 12, 31));
    }
}
