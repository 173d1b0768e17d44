package com.creditwb.workbench.common.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.statement.SampleFiles;
import com.creditwb.workbench.statement.SampleWorkbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/**
 * Broken and hostile files are refused before POI builds a workbook from them, each with its own
 * message (in both languages). The statement import tests show that nothing is stored then.
 */
class HostileWorkbookTest {

    static String problem(byte[] bytes) {
        try {
            SafeWorkbookReader.open(bytes).close();
        } catch (ExcelException e) {
            return e.problems().get(0).code();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "accepted";
    }

    static byte[] sample() {
        return SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide());
    }

    @Test
    void whatever_poi_throws_while_the_cells_are_read_is_a_damaged_file_not_a_failure() {
        // what an old BIFF8 file without its ExtendedFormatRecord makes POI throw when a cell's style is read
        assertThatThrownBy(() -> SafeWorkbookReader.read(sample(), wb -> {
            throw new IllegalArgumentException("ExtendedFormatRecord not found");
        })).isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems()).extracting(ExcelProblem::code).containsExactly("damaged"));
        // a rejection the reader decides itself passes through as it is
        assertThatThrownBy(() -> SafeWorkbookReader.read(sample(), wb -> {
            throw new ImportRejectedException(List.of(ExcelProblem.of("noLines")));
        })).isInstanceOf(ImportRejectedException.class);
        assertThat(SafeWorkbookReader.read(sample(), Workbook::getNumberOfSheets)).isPositive();
    }

    @Test
    void an_empty_file() {
        assertThat(problem(new byte[0])).isEqualTo("empty");
    }

    @Test
    void a_pdf_renamed_to_xlsx() {
        assertThat(problem("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj".getBytes(StandardCharsets.US_ASCII))).isEqualTo("notExcel");
    }

    @Test
    void a_truncated_workbook() {
        byte[] whole = sample();
        assertThat(problem(Arrays.copyOf(whole, whole.length / 2))).isEqualTo("damaged");
    }

    @Test
    void a_file_over_the_size_limit() {
        byte[] big = new byte[(int) ExcelLimits.DEFAULT.maxBytes() + 1];
        assertThat(problem(big)).isEqualTo("tooLarge");
    }

    @Test
    void a_password_protected_workbook() throws Exception {
        assertThat(problem(SampleFiles.encrypted(sample()))).isEqualTo("encrypted");
    }

    @Test
    void a_zip_bomb_is_refused_while_streaming() throws Exception {
        byte[] bomb = SampleFiles.zipBomb(); // 200 MB of spaces, about 200 KB compressed
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(problem(bomb)).isEqualTo("zipBomb");
    }

    @Test
    void an_xml_external_entity_payload() throws Exception {
        byte[] hostile = SampleFiles.rewrite(sample(), "xl/workbook.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        assertThat(problem(hostile)).isEqualTo("hostileXml");
    }

    @Test
    void hundreds_of_thousands_of_rows_are_counted_without_loading_the_sheet() throws Exception {
        byte[] rows = SampleFiles.manyRows();
        ExcelException e = org.junit.jupiter.api.Assertions.assertThrows(ExcelException.class,
                () -> SafeWorkbookReader.open(rows));
        ExcelProblem p = e.problems().get(0);
        assertThat(p.code()).isEqualTo("tooManyRows.workbook");
        assertThat(p.sheet()).isEqualTo("明细");
    }

    @Test
    void an_old_xls_workbook_is_read_with_hssf() throws Exception {
        HSSFWorkbook xls = new HSSFWorkbook();
        SampleWorkbooks.row(xls.createSheet("资产负债表"), 0, "货币资金", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xls.write(out);
        try (Workbook wb = SafeWorkbookReader.open(out.toByteArray())) {
            assertThat(wb).isInstanceOf(HSSFWorkbook.class);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("货币资金");
        }
    }

    @Test
    void a_sound_workbook_opens() {
        assertThat(problem(sample())).isEqualTo("accepted");
    }

    @Test
    void every_problem_has_a_message_in_both_languages() {
        List<String> codes = List.of("empty", "tooLarge", "notExcel", "oldFormat", "encrypted", "damaged", "zipBomb",
                "expandedTooLarge", "hostileXml", "tooManyRows.statement", "tooManyRows.aging", "tooManyRows.rates", "tooManyStrings", "budget.cells", "budget.time", "busy", "notANumber", "formulaFailed", "formulaError",
                "noStatements", "noPeriodEnd", "noLines", "duplicateLine", "unbalanced", "subtotalMismatch");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            for (String code : codes) {
                assertThat(bundle.containsKey("excel." + code)).as(locale + " excel." + code).isTrue();
            }
        }
        assertThatThrownBy(() -> SafeWorkbookReader.open(null)).isInstanceOf(ExcelException.class);
    }
}
