package com.creditwb.workbench.statement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.SampleWorkbooks;
import com.creditwb.workbench.statement.domain.StatementType;
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

    @Test
    void the_official_english_translation_is_read_in_full_with_no_key_line_missing() {
        ImportDraft draft = draft(SampleWorkbooks.officialEnglish());
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.unrecognised()).as("every line with amounts is recognised").isEmpty();
        assertThat(draft.missing()).isEmpty();
        assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        // the sample's figures in 万元 ×10,000: profit before tax 1,000, net profit 750, operating cash flow 900
        assertThat(draft.current().get(LineItem.IS_PROFIT_BEFORE_TAX)).isEqualByComparingTo("10000000");
        assertThat(draft.current().get(LineItem.IS_NET_PROFIT)).isEqualByComparingTo("7500000");
        assertThat(draft.current().get(LineItem.CF_OPERATING)).isEqualByComparingTo("9000000");
        assertThat(draft.current().get(LineItem.BS_PAID_IN)).isEqualByComparingTo("20000000");
        assertThat(draft.prior().get(LineItem.BS_TLE)).isEqualByComparingTo("55000000");
        assertThat(draft.current().get(LineItem.IS_INTEREST_EXPENSE)).isEqualByComparingTo("1600000");
        assertThat(draft.currentChecks()).isNotEmpty().allMatch(c -> c.passed());
    }

    @Test
    void numbering_prefixes_remarks_brackets_and_plurals_of_the_translation() {
        assertThat(LabelNormaliser.normalise("III. Total profit (total loss is listed with \"-\")")).isEqualTo("totalprofit");
        assertThat(LabelNormaliser.normalise("(IV) Less: Income tax")).isEqualTo("incometax");
        assertThat(LabelNormaliser.normalise("V. Net increase in cash (decrease is listed with \"－\")")).isEqualTo("netincreaseincash");
        assertThat(LabelNormaliser.alternatives("paid-incapital(orsharecapital)")).containsExactly("paid-incapital", "sharecapital");
        assertThat(LabelNormaliser.loose("Income tax expenses")).isEqualTo(LabelNormaliser.loose("Income tax expense"));
        assertThat(LabelNormaliser.loose("Total liabilities")).isEqualTo("totalliability");
        assertThat(LabelNormaliser.loose("Taxes & surcharges")).isEqualTo("taxandsurcharge");
        assertThat(parser.recognise("Share capital (or paid-in capital)")).contains(LineItem.BS_PAID_IN);
        assertThat(parser.recognise("Total shareholders' equity (or owners' equity)")).contains(LineItem.BS_EQUITY_TOTAL);
        assertThat(parser.recognise("Less: Cost of sale")).contains(LineItem.IS_COST);
        assertThat(parser.recognise("Add: Cash and cash equivalents at the beginning of the period")).contains(LineItem.CF_OPENING_CASH);
        assertThat(parser.recognise("Net cash flow generated from operating activities")).contains(LineItem.CF_OPERATING);
        assertThat(parser.recognise("Goods sold")).isEmpty();
    }

    @Test
    void no_two_items_share_a_label_in_any_form() {
        java.util.Map<String, LineItem> exact = new java.util.HashMap<>();
        java.util.Map<String, LineItem> loose = new java.util.HashMap<>();
        for (LineItem item : LineItem.values()) {
            for (String label : item.labels()) {
                LineItem before = exact.putIfAbsent(LabelNormaliser.normalise(label), item);
                assertThat(before == null || before == item).as(label + " names " + before + " and " + item).isTrue();
                LineItem looseBefore = loose.putIfAbsent(LabelNormaliser.loose(label), item);
                assertThat(looseBefore == null || looseBefore == item).as(label + " names " + looseBefore + " and " + item).isTrue();
            }
        }
    }

    @Test
    void a_missing_key_line_is_listed_with_the_unrecognised_lines_that_could_be_it() {
        Workbook wb = SampleWorkbooks.officialEnglish();
        wb.getSheet("Income Statement").getRow(14).getCell(0).setCellValue("III. Earnings before taxes (EBT)");
        wb.getSheet("Cash Flow Statement").getRow(4).getCell(0).setCellValue("Net cash flow generated by operations");
        ImportDraft draft = draft(wb);
        assertThat(draft.problems()).as("the checks cannot run without the line, but nothing is wrong as such").isEmpty();
        assertThat(draft.storable()).isTrue();
        assertThat(draft.missing()).extracting(ImportDraft.MissingLine::item)
                .containsExactly(LineItem.IS_PROFIT_BEFORE_TAX, LineItem.CF_OPERATING);
        ImportDraft.MissingLine pbt = draft.missing().get(0);
        assertThat(pbt.candidates()).extracting(ParsedLine::label).containsExactly("III. Earnings before taxes (EBT)");
        assertThat(pbt.candidates().get(0).place()).isEqualTo("Income Statement!A15");
        assertThat(draft.missing().get(1).candidates()).extracting(ParsedLine::label)
                .containsExactly("Net cash flow generated by operations");
        assertThat(draft.storableWithout(java.util.Set.of(LineItem.IS_PROFIT_BEFORE_TAX))).isFalse();
        assertThat(draft.storableWithout(java.util.Set.of(LineItem.IS_PROFIT_BEFORE_TAX, LineItem.CF_OPERATING))).isTrue();
    }

    @Test
    void an_unrecognised_line_is_a_candidate_even_when_its_label_resembles_nothing() {
        Workbook wb = SampleWorkbooks.officialEnglish();
        Sheet income = wb.getSheet("Income Statement");
        org.apache.poi.ss.usermodel.Row netProfit = null;
        for (org.apache.poi.ss.usermodel.Row row : income) {
            String label = row.getCell(0) == null ? "" : row.getCell(0).toString();
            if (label.toLowerCase(java.util.Locale.ROOT).contains("net profit") && !label.toLowerCase(java.util.Locale.ROOT).contains("attributable")) {
                netProfit = row;
                break;
            }
        }
        assertThat(netProfit).as("the sample has a net profit line").isNotNull();
        netProfit.getCell(0).setCellValue("Bottom line");
        ImportDraft draft = draft(wb);
        ImportDraft.MissingLine missing = draft.missing().stream().filter(m -> m.item() == LineItem.IS_NET_PROFIT).findFirst().orElseThrow();
        assertThat(missing.candidates()).extracting(ParsedLine::label).containsExactly("Bottom line");
    }

    @Test
    void a_total_showing_value_error_is_reported_at_the_text_behind_it_and_no_check_reads_it_as_zero() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("资产负债表");
        SampleWorkbooks.row(sheet, 0, "2025年12月31日");
        SampleWorkbooks.row(sheet, 1, "项目", "期末余额");
        SampleWorkbooks.row(sheet, 2, "货币资金", 100);
        SampleWorkbooks.row(sheet, 3, "存货", "3OO");
        SampleWorkbooks.row(sheet, 4, "流动资产合计");
        sheet.getRow(4).createCell(1).setCellFormula("B3+B4");
        SampleWorkbooks.row(sheet, 5, "资产总计");
        sheet.getRow(5).createCell(1).setCellFormula("B5");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        ImportDraft draft = draft(wb);
        // "3OO" (letters O) in B4 is the one problem: not a number there; neither total's #VALUE! is reported again,
        // and no subtotal check compares 100 with a total read as 0.00
        assertThat(draft.problems()).extracting(com.creditwb.workbench.common.excel.ExcelProblem::cell).containsExactly("B4");
        assertThat(draft.problems()).extracting(com.creditwb.workbench.common.excel.ExcelProblem::code).containsExactly("notANumber");
        assertThat(draft.current().has(LineItem.BS_CA_TOTAL)).isFalse();
        assertThat(draft.storable()).isFalse();
    }

    @Test
    void a_workbook_without_its_cash_flow_statement_misses_operating_cash_flow() {
        ImportDraft draft = draft(SampleWorkbooks.englishSingleColumn());
        assertThat(draft.missing()).extracting(ImportDraft.MissingLine::item).containsExactly(LineItem.CF_OPERATING);
        assertThat(draft.missing().get(0).candidates()).isEmpty();
    }

    @Test
    void dashes_read_as_zero_and_numbers_typed_as_text_are_told_apart() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("资产负债表");
        SampleWorkbooks.row(sheet, 0, "项目", "期末余额", "年初余额");
        SampleWorkbooks.row(sheet, 1, "货币资金", "1,200.00", 1000);
        SampleWorkbooks.row(sheet, 2, "存货", "—", "-");
        ParsedWorkbook parsed = parser.parse(SafeWorkbookReader.open(SampleWorkbooks.bytes(wb)));
        ParsedLine cash = parsed.lines().get(0);
        assertThat(cash.currentWritten()).isEqualTo(com.creditwb.workbench.common.excel.CellReader.Written.TEXT);
        assertThat(cash.priorWritten()).isEqualTo(com.creditwb.workbench.common.excel.CellReader.Written.NUMBER);
        ParsedLine stock = parsed.lines().get(1);
        assertThat(stock.current()).isEqualByComparingTo("0");
        assertThat(stock.currentWritten()).isEqualTo(com.creditwb.workbench.common.excel.CellReader.Written.DASH);
        assertThat(stock.priorWritten()).isEqualTo(com.creditwb.workbench.common.excel.CellReader.Written.DASH);
        assertThat(ImportDraft.build(parsed, null, java.time.LocalDate.of(2025, 12, 31)).current().get(LineItem.BS_INVENTORIES))
                .isEqualByComparingTo("0");
    }

    @Test
    void label_similarity_worked_numbers() {
        // a label of the item itself: the same pairs → 1
        assertThat(LabelSimilarity.to(LineItem.IS_PROFIT_BEFORE_TAX, "Profit before tax")).isEqualTo(1.0);
        // 利润合计 without 合计 is 利润: {利, 润, 利润}; 利润总额 is {利, 润, 总, 额, 利润, 润总, 总额}: 3 shared → 2×3 / (3 + 7) = 0.6
        assertThat(LabelSimilarity.to(LineItem.IS_PROFIT_BEFORE_TAX, "利润合计")).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LabelSimilarity.to(LineItem.IS_PROFIT_BEFORE_TAX, "Total assets")).isLessThan(LabelSimilarity.CANDIDATE);
    }
}
