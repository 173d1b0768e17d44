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
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.statement.ImportPreview;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.statement.domain.RatioReport;
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

    static CustomerRecord customer() {
        return new CustomerRecord(7L, "C00007", "深圳华信电子科技有限公司", null, Industry.C, null, null, null, null, null, null, null,
                null, null, null);
    }

    static ImportDraft sampleDraft() {
        ParsedWorkbook parsed = new StatementWorkbookParser(Map.of())
                .parse(SafeWorkbookReader.open(SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide())));
        return ImportDraft.build(parsed, null, null);
    }

    static StatementSet set(LocalDate end, com.creditwb.workbench.statement.domain.StatementValues values) {
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
        FinancialsPanel panel = new FinancialsPanel(customer(), service, problemMessages(), com.creditwb.workbench.ViewTestSupport.CLOCK, com.creditwb.workbench.ViewTestSupport::name);

        assertThat(panel.tabs.getTabCount()).as("three statements, ratios, versions").isEqualTo(5);
        @SuppressWarnings("unchecked")
        Grid<LineItem> balance = (Grid<LineItem>) panel.tabs.getComponent(panel.tabs.getTabAt(0));
        assertThat(balance.getColumns()).hasSize(3);
        assertThat(items(balance)).contains(LineItem.BS_CASH, LineItem.BS_TA).doesNotContain(LineItem.BS_GOODWILL);
        Column<LineItem> y2025Column = balance.getColumns().get(1);
        // 12,000,000 元 of cash in 万元 is 1,200.00
        assertThat(y2025.getAmounts().get(LineItem.BS_CASH)).isEqualByComparingTo("12000000");
        assertThat(panel.amount(y2025.getAmounts().get(LineItem.BS_CASH))).isEqualTo("1,200.00");
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
        FinancialsPanel panel = new FinancialsPanel(customer(), service, problemMessages(), com.creditwb.workbench.ViewTestSupport.CLOCK, com.creditwb.workbench.ViewTestSupport::name);
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
        CustomerRecord customer = customer();
        when(service.customerNamedIn(good)).thenReturn(Optional.of(customer));
        StatementImportView view = new StatementImportView(service, mock(CustomerService.class), mock(com.creditwb.workbench.customer.CustomerSearch.class), problemMessages(),
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
        ImportPreviewDialog dialog = new ImportPreviewDialog(result, service, mock(com.creditwb.workbench.customer.CustomerSearch.class), problemMessages(), false, () -> { });
        assertThat(dialog.confirm.isEnabled()).as("all checks pass and the customer is known").isTrue();
        dialog.revise(Map.of("应收利息", LineItem.BS_OTHER_REC));
        verify(service).revise(preview, Map.of("应收利息", LineItem.BS_OTHER_REC), null, LocalDate.of(2025, 12, 31));
    }

    static ImportPreview previewOf(org.apache.poi.ss.usermodel.Workbook wb) {
        ParsedWorkbook parsed = new StatementWorkbookParser(Map.of()).parse(SafeWorkbookReader.open(SampleWorkbooks.bytes(wb)));
        return new ImportPreview("f.xlsx", "x", parsed, ImportDraft.build(parsed, null, null), Map.of(), null, null);
    }

    @Test
    void a_missing_key_line_is_listed_at_the_top_and_storing_waits_for_a_mapping_or_store_without() throws Exception {
        ViewTestSupport.open(Locale.ENGLISH);
        StatementService service = mock(StatementService.class);
        org.apache.poi.ss.usermodel.Workbook wb = SampleWorkbooks.officialEnglish();
        wb.getSheet("Income Statement").getRow(14).getCell(0).setCellValue("III. Earnings before taxes (EBT)");
        ImportPreview missing = previewOf(wb);
        ImportPreview complete = previewOf(SampleWorkbooks.officialEnglish());
        when(service.revise(any(), any(), any(), any())).thenReturn(complete);
        ImportResult result = new ImportResult("f.xlsx");
        result.preview = missing;
        result.customer = customer();
        ImportPreviewDialog dialog = new ImportPreviewDialog(result, service, mock(com.creditwb.workbench.customer.CustomerSearch.class), problemMessages(), false, () -> { });

        assertThat(dialog.missingList.isVisible()).isTrue();
        assertThat(dialog.missingList.getElement().getTextRecursively())
                .contains("Key line missing: Profit before tax (Income statement)");
        assertThat(dialog.confirm.isEnabled()).as("not stored without profit before tax unless the user says so").isFalse();

        com.vaadin.flow.component.checkbox.Checkbox without = (com.vaadin.flow.component.checkbox.Checkbox) dialog.missingList
                .getChildren().flatMap(c -> c.getChildren()).filter(c -> "without-IS_PROFIT_BEFORE_TAX".equals(c.getId().orElse(null)))
                .findFirst().orElseThrow();
        assertThat(without.getLabel()).isEqualTo("Store without Profit before tax");
        without.setValue(true);
        assertThat(result.preview.withoutLines()).containsExactly(LineItem.IS_PROFIT_BEFORE_TAX);
        assertThat(dialog.confirm.isEnabled()).isTrue();

        com.vaadin.flow.component.button.Button candidate = (com.vaadin.flow.component.button.Button) dialog.missingList
                .getChildren().flatMap(c -> c.getChildren()).filter(c -> c.hasClassName("wb-missing-candidate")).findFirst().orElseThrow();
        assertThat(candidate.getText()).isEqualTo("Read \"III. Earnings before taxes (EBT)\" (Income Statement!A15) as Profit before tax");
        candidate.click();
        verify(service).revise(any(), eq(Map.of("III. Earnings before taxes (EBT)", LineItem.IS_PROFIT_BEFORE_TAX)), any(), any());
        assertThat(dialog.missingList.isVisible()).as("nothing missing any more").isFalse();
        assertThat(dialog.confirm.isEnabled()).isTrue();
    }

    @Test
    void a_file_missing_a_key_line_needs_review_and_is_not_stored_with_the_ready_ones() throws Exception {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        StatementService service = mock(StatementService.class);
        ImportPreview preview = previewOf(SampleWorkbooks.englishSingleColumn());
        CustomerRecord customer = customer();
        when(service.preview(any(), eq("bs-only.xlsx"), any(), any())).thenReturn(preview);
        when(service.customerNamedIn(preview)).thenReturn(Optional.of(customer));
        StatementImportView view = new StatementImportView(service, mock(CustomerService.class), mock(com.creditwb.workbench.customer.CustomerSearch.class), problemMessages(),
                com.creditwb.workbench.common.BackgroundWork.onCallingThread());
        view.received("bs-only.xlsx", new byte[] {1});
        assertThat(view.files.get(0).status).isEqualTo(ImportResult.Status.NEEDS_REVIEW);
        assertThat(view.files.get(0).messages.get(0)).startsWith("缺少关键行：经营活动产生的现金流量净额");
        assertThat(view.storeReady.isEnabled()).isFalse();
    }

    @Test
    void the_preview_shows_a_dash_as_a_dash_marks_text_numbers_and_gives_each_check_its_cell() throws Exception {
        ViewTestSupport.open(Locale.ENGLISH);
        org.apache.poi.ss.usermodel.Workbook wb = SampleWorkbooks.chineseSideBySide();
        wb.getSheet("利润表").getRow(5).getCell(1).setCellValue("-"); // 税金及附加 2025
        wb.getSheet("利润表").getRow(5).getCell(2).setCellValue("90.00"); // 税金及附加 2024 typed as text
        ImportPreview preview = previewOf(wb);
        ImportResult result = new ImportResult("f.xlsx");
        result.preview = preview;
        result.customer = customer();
        ImportPreviewDialog dialog = new ImportPreviewDialog(result, mock(StatementService.class), mock(com.creditwb.workbench.customer.CustomerSearch.class),
                problemMessages(), false, () -> { });
        @SuppressWarnings("unchecked")
        Grid<com.creditwb.workbench.statement.importing.ParsedLine> recognised =
                (Grid<com.creditwb.workbench.statement.importing.ParsedLine>) dialog.tabs.getComponent(dialog.tabs.getTabAt(0));
        com.creditwb.workbench.statement.importing.ParsedLine taxes = recognised.getGenericDataView().getItems()
                .filter(l -> l.item() == LineItem.IS_TAXES).findFirst().orElseThrow();
        com.vaadin.flow.component.html.Span current = (com.vaadin.flow.component.html.Span) ViewTestSupport.render(recognised, 2, taxes);
        assertThat(current.getText()).isEqualTo("—");
        com.vaadin.flow.component.html.Span prior = (com.vaadin.flow.component.html.Span) ViewTestSupport.render(recognised, 3, taxes);
        assertThat(prior.getElement().getTextRecursively()).isEqualTo("900,000.00text");
        @SuppressWarnings("unchecked")
        Grid<Object[]> checks = (Grid<Object[]>) dialog.tabs.getComponent(dialog.tabs.getTabAt(2));
        Object[] balance = checks.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(balance[2]).isEqualTo("资产负债表!G17");
        List<String> labels = preview.draft().currentChecks().stream().map(c -> new Object[] {null, c})
                .map(r -> dialog.checkLabel((com.creditwb.workbench.statement.domain.StatementChecks.Check) r[1])).toList();
        assertThat(labels.get(0)).isEqualTo("Total liabilities and equity = Total assets");
        assertThat(labels).contains("Total assets = sum of its 2 lines", "Total liabilities and equity = sum of its 2 lines");
        assertThat(labels).doesNotHaveDuplicates();
    }
}
