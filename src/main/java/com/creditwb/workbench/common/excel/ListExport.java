package com.creditwb.workbench.common.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one export of a list people work from (alerts, approvals, customers, the credit portfolio): the
 * columns as shown, the rows as filtered, streamed through the template writer's streaming path
 * ({@link TemplateFiller#stream}) — so any number of rows in bounded memory, numbers, amounts, dates and
 * percentages as real cells, and text that starts like a formula kept as text.
 */
public final class ListExport {

    private ListExport() {
    }

    public enum Kind {
        TEXT, AMOUNT, INTEGER, DATE, PERCENT
    }

    /** One column: its header (in the user's language), the kind of its cells and how a row gives its value. */
    public record Column<T>(String header, Kind kind, Function<T, Object> value) {
    }

    /** Writes the title, the header row and one row per item; {@code progress} hears of every row written. */
    public static <T> void write(String title, List<Column<T>> columns, Iterator<T> rows, TemplateFiller.Progress progress,
            OutputStream out) {
        Iterator<Map<String, Object>> cells = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Map<String, Object> next() {
                T row = rows.next();
                Map<String, Object> values = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    Object v = columns.get(i).value().apply(row);
                    values.put("c" + i, columns.get(i).kind() == Kind.PERCENT && v instanceof Number n
                            ? new TemplateFiller.Percent(n.doubleValue()) : v instanceof BigDecimal d && columns.get(i).kind() == Kind.INTEGER
                            ? d.longValue() : v);
                }
                return values;
            }
        };
        TemplateFiller.stream(template(columns), Map.of("title", title), "rows", cells, progress, out);
    }

    /** A one-sheet template: the title, the headers (bold), and the list row with each column's number format. */
    static <T> byte[] template(List<Column<T>> columns) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("List");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("${title}");
            title.getCell(0).setCellStyle(titleStyle);
            Row header = sheet.createRow(2);
            Row list = sheet.createRow(3);
            Map<Kind, CellStyle> styles = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Column<T> c = columns.get(i);
                header.createCell(i).setCellValue(c.header().startsWith("$") ? c.header().replace("${", "$ {") : c.header());
                header.getCell(i).setCellStyle(headerStyle);
                list.createCell(i).setCellValue("${rows[].c" + i + "}");
                list.getCell(i).setCellStyle(styles.computeIfAbsent(c.kind(), k -> {
                    CellStyle s = wb.createCellStyle();
                    String format = switch (k) {
                        case AMOUNT -> "#,##0.00";
                        case INTEGER -> "#,##0";
                        case DATE -> "yyyy-mm-dd";
                        case PERCENT -> "0.0%";
                        case TEXT -> "@";
                    };
                    s.setDataFormat(wb.createDataFormat().getFormat(format));
                    return s;
                }));
                sheet.setColumnWidth(i, c.kind() == Kind.TEXT ? 30 * 256 : 16 * 256);
            }
            sheet.createFreezePane(0, 3);
            wb.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
