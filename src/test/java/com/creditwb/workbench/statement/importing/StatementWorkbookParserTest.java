package com.creditwb.workbench.statement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.statement.LineItem;
import com.creditwb.workbench.statement.SampleWorkbooks;
import com.creditwb.workbench.statement.StatementType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatementWorkbookParserTest {

    private final StatementWorkbookParser parser = new StatementWorkbookParser(Map.of());

    static ImportDraft draft(Workbook wb) {
        try (Workbook read = SafeWorkbookReader.open(SampleWorkbooks.bytes(wb))) {
            return ImportDraft.build(new StatementWorkbookParser(Map.of()).parse(read), null, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_chinese_side_by_side_workbook_gives_both_periods_in_yuan() {
        ParsedWorkbook parsed = parser.parse(SafeWorkbookReader.open(SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide())));
        assertThat(parsed.sheets()).extracting(ParsedSheet::type)
                .containsExactly(StatementType.BALANCE_SHEET, StatementType.INCOME_STATEMENT, StatementType.CASH_FLOW);
        assertThat(parsed.sheets().get(0).sideBySide()).isTrue();
        assertThat(parsed.sheets()).allMatch(s -> s.unitFactor() == 10_000 && s.hasPrior());
        assertThat(parsed.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(parsed.uscc()).isEqualTo("91440300708461136T");

        ImportDraft draft = ImportDraft.build(parsed, null, null);
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.unrecognised()).isEmpty();
        // 1,200 万元 of cash is 12,000,000.00 元; the prior period is read from 年初余额
        assertThat(draft.current().get(LineItem.BS_CASH)).isEqualByComparingTo("12000000");
        assertThat(draft.prior().get(LineItem.BS_CASH)).isEqualByComparingTo("10000000");
        assertThat(draft.current().get(LineItem.BS_TLE)).isEqualByComparingTo("60000000");
        assertThat(draft.current().get(LineItem.IS_INTEREST_EXPENSE)).isEqualByComparingTo("1600000");
        assertThat(draft.current().get(LineItem.IS_NET_PROFIT)).isEqualByComparingTo("7500000");
        assertThat(draft.current().get(LineItem.CF_OPENING_CASH)).isEqualByComparingTo("10000000");
        assertThat(draft.priorPeriodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(draft.currentCells().get(LineItem.BS_AP)).isEqualTo("资产负债表!G7");
        // balance, profit before tax, net profit, closing cash, total assets etc. were checked and passed
        assertThat(draft.currentChecks()).extracting(c -> c.item())
                .contains(LineItem.BS_TLE, LineItem.IS_NET_PROFIT, LineItem.IS_PROFIT_BEFORE_TAX, LineItem.CF_CLOSING_CASH,
                        LineItem.BS_TA, LineItem.BS_TL);
        assertThat(draft.currentChecks()).allMatch(c -> c.passed());
    }

    @Test
    void english_names_single_column_year_headers_and_thousands() {
        ImportDraft draft = draft(SampleWorkbooks.englishSingleColumn());
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        // 12,000 thousand = 12,000,000.00 元
        assertThat(draft.current().get(LineItem.BS_CASH)).isEqualByComparingTo("12000000");
        assertThat(draft.prior().get(LineItem.BS_EQUITY_TOTAL)).isEqualByComparingTo("32000000");
        assertThat(draft.current().get(LineItem.IS_COST)).isEqualByComparingTo("70000000");
        assertThat(draft.current().get(LineItem.IS_INTEREST_EXPENSE)).isEqualByComparingTo("1600000");
    }

    @Test
    void sheets_with_other_names_are_found_by_their_lines_and_text_numbers_are_read() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Sheet1");
        SampleWorkbooks.row(sheet, 0, "2025年12月31日", "单位：元");
        SampleWorkbooks.row(sheet, 1, "项目", "期末余额");
        SampleWorkbooks.row(sheet, 2, "一、货币资金", "1,234.56");
        SampleWorkbooks.row(sheet, 3, "  应收账款 ", "（1,000）");
        SampleWorkbooks.row(sheet, 4, "存货", "-");
        SampleWorkbooks.row(sheet, 5, "其他流动资产", "(34.56)");
        SampleWorkbooks.row(sheet, 6, "专利使用权", "500");
        ImportDraft draft = draft(wb);
        assertThat(draft.current().get(LineItem.BS_CASH)).isEqualByComparingTo("1234.56");
        assertThat(draft.current().get(LineItem.BS_AR)).isEqualByComparingTo("-1000");
        assertThat(draft.current().get(LineItem.BS_INVENTORIES)).isEqualByComparingTo("0");
        assertThat(draft.current().get(LineItem.BS_OTHER_CA)).isEqualByComparingTo("-34.56");
        assertThat(draft.unrecognised()).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo("专利使用权");
            assertThat(l.labelCell()).isEqualTo("A7");
        });
    }

    @Test
    void a_sheet_that_does_not_balance_is_named_with_its_cell() {
        Workbook wb = SampleWorkbooks.chineseSideBySide();
        wb.getSheet("资产负债表").getRow(4 + 12).getCell(6).setCellValue(5999); // 负债和所有者权益总计 2025
        ImportDraft draft = draft(wb);
        assertThat(draft.storable()).isFalse();
        assertThat(draft.problems()).extracting(ExcelProblem::code).contains("unbalanced");
        ExcelProblem p = draft.problems().stream().filter(x -> x.code().equals("unbalanced")).findFirst().orElseThrow();
        assertThat(p.sheet()).isEqualTo("资产负债表");
        assertThat(p.cell()).isEqualTo("G17");
        assertThat(p.args()).contains(LineItem.BS_TLE, new BigDecimal("59990000.00"), new BigDecimal("60000000.00"));
        assertThat(draft.problems()).as("the balance once, and the total against its components once")
                .extracting(ExcelProblem::code).containsExactly("unbalanced", "subtotalMismatch");
    }

    @Test
    void a_line_item_twice_with_different_amounts_is_a_problem() {
        Workbook wb = SampleWorkbooks.chineseSideBySide();
        SampleWorkbooks.row(wb.getSheet("利润表"), 20, "营业收入", 12000, 9000);
        ImportDraft draft = draft(wb);
        assertThat(draft.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("duplicateLine");
            assertThat(p.cell()).isEqualTo("B21");
            assertThat(p.args()).contains(LineItem.IS_REVENUE, "利润表!B4");
        });
    }

    @Test
    void label_variants_normalise_to_the_same_key() {
        assertThat(LabelNormaliser.normalise(" 实收资本 （或股本）")).isEqualTo(LabelNormaliser.normalise("实收资本(或股本)"));
        assertThat(LabelNormaliser.normalise("（一）其中：利息费用")).isEqualTo("利息费用");
        assertThat(LabelNormaliser.normalise("四、净利润（净亏损以“－”号填列）")).isEqualTo("净利润");
        assertThat(LabelNormaliser.normalise("1. Less: Cost of sales")).isEqualTo("costofsales");
        assertThat(parser.recognise("减：库存股")).contains(LineItem.BS_TREASURY);
        assertThat(parser.recognise("负债和股东权益总计")).contains(LineItem.BS_TLE);
    }

    @Test
    void units_and_dates_in_headings() {
        assertThat(StatementWorkbookParser.unit("单位：万元")).isEqualTo(10_000L);
        assertThat(StatementWorkbookParser.unit("Unit: RMB thousand")).isEqualTo(1_000L);
        assertThat(StatementWorkbookParser.unit("单位：元")).isEqualTo(1L);
        assertThat(StatementWorkbookParser.unit("货币资金")).isNull();
        assertThat(StatementWorkbookParser.date("2025年6月30日")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(StatementWorkbookParser.date("As at 31 December 2024")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(StatementWorkbookParser.date("2023年度")).isEqualTo(LocalDate.of(2023, 12, 31));
    }
}
