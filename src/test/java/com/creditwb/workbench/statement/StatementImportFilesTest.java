package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The committed files under src/test/resources/statements through the real service and database:
 * each broken or hostile file is refused with its message and not one row is written; the samples
 * import, an unrecognised label mapped once is recognised in the next import.
 */
@WorkbenchTest
class StatementImportFilesTest {

    @Autowired
    StatementService statements;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcTemplate jdbc;

    static byte[] file(String name) {
        try (InputStream in = StatementImportFilesTest.class.getResourceAsStream("/" + SampleFiles.DIR + "/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    long rows() {
        return jdbc.queryForObject("select count(*) from statement_set", Long.class)
                + jdbc.queryForObject("select count(*) from statement_line", Long.class);
    }

    Customer customer(String code) {
        return SystemAuthentication.call(() -> customers.getByIdOrCode(code));
    }

    @ParameterizedTest
    @CsvSource({
        "hostile-empty.xlsx, empty",
        "hostile-pdf-renamed.xlsx, notExcel",
        "hostile-truncated.xlsx, damaged",
        "hostile-encrypted.xlsx, encrypted",
        "hostile-zip-bomb.xlsx, zipBomb",
        "hostile-xxe.xlsx, hostileXml",
        "hostile-300k-rows.xlsx, tooManyRows.statement",
    })
    void an_unreadable_file_is_refused_with_its_reason_and_nothing_is_written(String name, String code) {
        long before = rows();
        assertThatThrownBy(() -> SystemAuthentication.run(() -> statements.preview(file(name), name, null, null)))
                .isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo(code));
        assertThat(rows()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"broken-unbalanced.xlsx, unbalanced, C00021", "broken-duplicate-line.xlsx, duplicateLine, C00022"})
    void a_readable_file_that_fails_a_check_is_not_stored(String name, String code, String customerCode) {
        long before = rows();
        Customer c = customer(customerCode);
        assertThatThrownBy(() -> SystemAuthentication.run(() -> {
            ImportPreview preview = statements.preview(file(name), name, null, null);
            assertThat(preview.draft().storable()).isFalse();
            statements.confirm(c.getId(), preview, true, false);
        })).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).extracting(p -> p.code()).contains(code));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_label_mapped_in_the_preview_is_stored_and_recognised_next_time() {
        Customer c = customer("C00023");
        SystemAuthentication.run(() -> {
            ImportPreview preview = statements.preview(file("sample-zh-side-by-side.xlsx"), "sample.xlsx", null, null);
            assertThat(preview.draft().unrecognised()).extracting(l -> l.label()).containsExactly("应收利息");
            assertThat(preview.draft().unrecognised().get(0).labelCell()).isEqualTo("A18");
            ImportPreview mapped = statements.revise(preview, Map.of("应收利息", LineItem.BS_OTHER_REC), null, null);
            assertThat(mapped.draft().unrecognised()).isEmpty();
            assertThat(mapped.draft().current().get(LineItem.BS_OTHER_REC)).isEqualByComparingTo("150000");
            List<StatementSet> stored = statements.confirm(c.getId(), mapped, false, true);
            assertThat(stored).extracting(StatementSet::getPeriodEnd)
                    .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 31));
            assertThat(stored.get(0).getSourceSha256()).hasSize(64);
            assertThat(stored.get(0).isAudited()).isTrue();

            ImportPreview again = statements.preview(file("sample-zh-side-by-side.xlsx"), "sample.xlsx", null, null);
            assertThat(again.draft().unrecognised()).as("the alias was remembered").isEmpty();
        });
    }

    @Test
    void the_english_and_the_old_xls_samples_import() {
        SystemAuthentication.run(() -> {
            ImportPreview en = statements.preview(file("sample-en-single-column.xlsx"), "en.xlsx", null, null);
            assertThat(en.draft().problems()).isEmpty();
            assertThat(en.draft().current().get(LineItem.IS_REVENUE)).isEqualByComparingTo("100000000");
            ImportPreview xls = statements.preview(file("sample-legacy.xls"), "legacy.xls", null, null);
            assertThat(xls.draft().problems()).isEmpty();
            assertThat(xls.draft().periodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(xls.draft().current().get(LineItem.BS_CASH)).isEqualByComparingTo("500000");
        });
    }

    @Test
    void the_blank_templates_filled_in_import_cleanly_in_both_languages() throws Exception {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            // the committed copy in templates/ is what the import page serves
            byte[] committed = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("templates", StatementTemplate.fileName(locale)));
            assertThat(StatementTemplate.bytes(locale)).isEqualTo(committed);
            try (org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    new java.io.ByteArrayInputStream(committed))) {
                org.apache.poi.ss.usermodel.Sheet bs = wb.getSheetAt(0);
                bs.getRow(3).getCell(1).setCellValue(java.time.LocalDate.of(2025, 6, 30));
                bs.getRow(1).createCell(1).setCellValue("C00024");
                // 货币资金 1,000 and 短期借款 400, 实收资本 600: the formulas carry them into the totals
                fill(bs, LineItem.BS_CASH, 1000);
                fill(bs, LineItem.BS_ST_BORROWINGS, 400);
                fill(bs, LineItem.BS_PAID_IN, 600);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                wb.write(out);
                SystemAuthentication.run(() -> {
                    ImportPreview p = statements.preview(out.toByteArray(), "template.xlsx", null, null);
                    assertThat(p.draft().problems()).as(locale.toString()).isEmpty();
                    assertThat(p.draft().unrecognised()).as(locale.toString()).isEmpty();
                    assertThat(p.draft().periodEnd()).isEqualTo(LocalDate.of(2025, 6, 30));
                    assertThat(p.draft().current().get(LineItem.BS_TA)).isEqualByComparingTo("1000");
                    assertThat(p.draft().current().get(LineItem.BS_TLE)).isEqualByComparingTo("1000");
                    assertThat(statements.customerNamedIn(p)).map(com.creditwb.workbench.customer.CustomerRecord::code).contains("C00024");
                });
            }
        }
    }

    @Test
    void the_heading_names_the_customer_by_uscc_or_code_wherever_it_names_the_company() {
        Customer known = customer("C00024");
        String unknownUscc = com.creditwb.workbench.TestCustomers.fresh("X", "x").getUscc(); // valid, held by no customer
        assertThat(SystemAuthentication.call(() -> customers.idsByCodeOrUscc(List.of(unknownUscc)))).isEmpty();
        // 编制单位：<the customer's USCC>
        assertThat(namedIn(bs -> SampleWorkbooks.row(bs, 1, "编制单位：" + known.getUscc(), null, "2025年12月31日", null, null, "单位：万元")))
                .contains("C00024");
        // 编制单位 with the code in the next cell
        assertThat(namedIn(bs -> SampleWorkbooks.row(bs, 1, "编制单位：", "C00024", "2025年12月31日", null, null, "单位：万元"))).contains("C00024");
        // Company: code
        assertThat(namedIn(bs -> SampleWorkbooks.row(bs, 1, "Company: C00024", null, "2025年12月31日", null, null, "单位：万元")))
                .contains("C00024");
        // a valid USCC that is no customer's, then the code: the code is found and nothing fails (it did: the USCC was
        // looked up as a code, and the not-found marked the transaction rollback-only)
        assertThat(namedIn(bs -> {
            SampleWorkbooks.row(bs, 1, "编制单位：C00024", null, "2025年12月31日", null, null, "单位：万元");
            SampleWorkbooks.row(bs, 2, "统一社会信用代码：" + unknownUscc);
        })).contains("C00024");
    }

    /** The code of the customer the side-by-side sample names after its balance sheet's heading was changed. */
    private java.util.Optional<String> namedIn(java.util.function.Consumer<org.apache.poi.ss.usermodel.Sheet> heading) {
        org.apache.poi.ss.usermodel.Workbook wb = SampleWorkbooks.chineseSideBySide();
        org.apache.poi.ss.usermodel.Sheet bs = wb.getSheet("资产负债表");
        SampleWorkbooks.row(bs, 2, "");
        heading.accept(bs);
        byte[] bytes = SampleWorkbooks.bytes(wb);
        return SystemAuthentication.call(() -> statements.customerNamedIn(statements.preview(bytes, "heading.xlsx", null, null))
                .map(com.creditwb.workbench.customer.CustomerRecord::code));
    }

    static void fill(org.apache.poi.ss.usermodel.Sheet sheet, LineItem item, double value) {
        int row = 6 + LineItem.of(item.statement()).indexOf(item);
        sheet.getRow(row).getCell(1).setCellValue(value);
    }
}
