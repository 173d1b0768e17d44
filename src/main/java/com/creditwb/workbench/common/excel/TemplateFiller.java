package com.creditwb.workbench.common.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills an Excel template that a company may restyle freely (fonts, colours, column order, logo, static
 * text): the workbook keeps everything, only markers are replaced.
 * <ul>
 * <li>{@code ${plan.customer.name}} alone in a cell becomes the value with its type: numbers stay numeric
 * cells (the template cell's number format applies), dates date cells, {@link Percent} a percentage,
 * text text; inside other text it is written into the text.</li>
 * <li>A row with markers such as {@code ${actions[].title}} is repeated for every element of the list
 * {@code actions}; rows below it move down.</li>
 * <li>Text that begins with {@code =}, {@code +}, {@code -} or {@code @} is written as quoted text, never
 * as a formula.</li>
 * </ul>
 * The model is made of maps, lists and records; an unknown name leaves the cell empty.
 */
public final class TemplateFiller {

    /** A share shown as a percentage (0.25 → 25 %). */
    public record Percent(double value) {
    }

    /** The record components of each record class by name, looked up once. */
    private static final ClassValue<Map<String, java.lang.reflect.Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, java.lang.reflect.Method> computeValue(Class<?> type) {
            Map<String, java.lang.reflect.Method> map = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    java.lang.reflect.Method m = c.getAccessor();
                    m.setAccessible(true);
                    map.put(c.getName(), m);
                }
            }
            return map;
        }
    };

    private static final Pattern MARKER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern LIST = Pattern.compile("\\$\\{([\\w.]+)\\[]\\.?([\\w.]*)}");

    private final Workbook workbook;
    private final Map<String, CellStyle> derived = new HashMap<>();
    /** The text in the header of every printed page, or null. */
    private String mark;

    private TemplateFiller(Workbook workbook) {
        this.workbook = workbook;
    }

    /** The template filled with the model, as .xlsx bytes, laid out to print (see {@link PrintLayout}). */
    public static byte[] fill(byte[] template, Map<String, ?> model) {
        return fill(template, model, null);
    }

    /** As {@link #fill(byte[], Map)}, with {@code mark} (e.g. a confidentiality mark) in the header of every printed page. */
    public static byte[] fill(byte[] template, Map<String, ?> model, String mark) {
        try (Workbook wb = SafeWorkbookReader.open(template); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TemplateFiller filler = new TemplateFiller(wb);
            filler.mark = mark;
            filler.fillAll(model);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Told after each streamed row; throws {@link java.util.concurrent.CancellationException} to stop the export. */
    @FunctionalInterface
    public interface Progress {
        void written(long rows);
    }

    /**
     * Fills the template like {@link #fill} but streams the rows of one list (e.g. {@code rows} for
     * {@code ${rows[].name}} markers) from an iterator through POI's SXSSF, so memory stays bounded however
     * many rows there are. Rows the template has below the list row follow the last streamed row (their
     * values and styles; merged cells there are not kept).
     */
    public static void stream(byte[] template, Map<String, ?> model, String list, java.util.Iterator<?> items, Progress progress,
            java.io.OutputStream out) {
        try (Workbook wb = SafeWorkbookReader.open(template)) {
            if (!(wb instanceof XSSFWorkbook xssf)) {
                throw new IllegalArgumentException("streaming needs an .xlsx template");
            }
            TemplateFiller filler = new TemplateFiller(xssf);
            filler.fillAll(model, list);
            Sheet sheet = null;
            Row listRow = null;
            for (Sheet candidate : xssf) {
                for (Row row : candidate) {
                    if (list.equals(listOf(row))) {
                        sheet = candidate;
                        listRow = row;
                        break;
                    }
                }
                if (listRow != null) {
                    break;
                }
            }
            if (listRow == null) {
                throw new IllegalArgumentException("the template has no row for " + list);
            }
            int at = listRow.getRowNum();
            List<StreamCell> cells = new ArrayList<>();
            for (Cell c : listRow) {
                String text = c.getCellType() == CellType.STRING ? c.getStringCellValue() : null;
                cells.add(new StreamCell(c.getColumnIndex(), c.getCellStyle(), text, compile(text, list)));
            }
            short height = listRow.getHeight();
            List<List<Object[]>> below = new ArrayList<>();
            List<Short> belowHeights = new ArrayList<>();
            for (int r = at + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object[]> saved = new ArrayList<>();
                if (row != null) {
                    for (Cell c : row) {
                        saved.add(new Object[] {c.getColumnIndex(), c.getCellStyle(), cellValue(c)});
                    }
                }
                below.add(saved);
                belowHeights.add(row == null ? -1 : row.getHeight());
            }
            for (int r = sheet.getLastRowNum(); r >= at; r--) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    sheet.removeRow(row);
                }
            }
            int sheetIndex = xssf.getSheetIndex(sheet);
            org.apache.poi.xssf.streaming.SXSSFWorkbook sx = new org.apache.poi.xssf.streaming.SXSSFWorkbook(xssf, 200);
            try {
                TemplateFiller writer = new TemplateFiller(sx);
                Sheet target = sx.getSheetAt(sheetIndex);
                int r = at;
                long written = 0;
                while (items.hasNext()) {
                    Object item = items.next();
                    Row row = target.createRow(r++);
                    row.setHeight(height);
                    for (StreamCell c : cells) {
                        Cell cell = row.createCell(c.column());
                        cell.setCellStyle(c.style());
                        if (c.accessor() != null) {
                            writer.set(cell, c.accessor().apply(item, model));
                        } else if (c.text() != null) {
                            writer.set(cell, c.text());
                        }
                    }
                    written++;
                    if (progress != null) {
                        progress.written(written);
                    }
                }
                for (int i = 0; i < below.size(); i++) {
                    Row row = target.createRow(r + i);
                    if (belowHeights.get(i) > 0) {
                        row.setHeight(belowHeights.get(i));
                    }
                    for (Object[] c : below.get(i)) {
                        Cell cell = row.createCell((Integer) c[0]);
                        cell.setCellStyle((CellStyle) c[1]);
                        if (c[2] != null) {
                            writer.set(cell, c[2]);
                        }
                    }
                }
                sx.write(out);
            } finally {
                sx.dispose();
                sx.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record StreamCell(int column, CellStyle style, String text, java.util.function.BiFunction<Object, Map<String, ?>, Object> accessor) {
    }

    /** How a streamed cell gets its value: a whole-cell marker resolved on the item, mixed text built, or null for static text. */
    private static java.util.function.BiFunction<Object, Map<String, ?>, Object> compile(String text, String list) {
        if (text == null || !text.contains("${")) {
            return null;
        }
        Matcher whole = MARKER.matcher(text.strip());
        if (whole.matches()) {
            String path = whole.group(1);
            if (path.startsWith(list + "[]")) {
                String rest = path.substring(list.length() + 2);
                String[] parts = rest.isEmpty() ? new String[0] : rest.substring(1).split("\\.");
                return (item, model) -> {
                    Object current = item;
                    for (String part : parts) {
                        if (current == null) {
                            return null;
                        }
                        current = property(current, part);
                    }
                    return current;
                };
            }
            return (item, model) -> resolve(model, path);
        }
        return (item, model) -> {
            Matcher m = MARKER.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                Object v = value(m.group(1), model, list, item);
                m.appendReplacement(b, Matcher.quoteReplacement(v == null ? "" : plain(v)));
            }
            m.appendTail(b);
            return b.toString();
        };
    }

    private static Object cellValue(Cell c) {
        return switch (c.getCellType()) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            default -> null;
        };
    }

    private void fillAll(Map<String, ?> model) {
        fillAll(model, null);
    }

    /** Fills every sheet; the rows of the list {@code skip} (streamed later) are left as they are. */
    private void fillAll(Map<String, ?> model, String skip) {
        renameSheets(model);
        for (Sheet sheet : workbook) {
            int header = -1;
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String list = row == null ? null : listOf(row);
                if (list != null && header < 0) {
                    header = r - 1; // the first table's header: repeated on every printed page
                }
                if (list != null && list.equals(skip)) {
                    continue;
                }
                if (list != null) {
                    List<?> items = asList(resolve(model, list));
                    r = repeat(sheet, row, list, items, model) - 1;
                } else if (row != null) {
                    fillRow(row, model, null, null);
                }
            }
            if (workbook instanceof XSSFWorkbook x) {
                x.setForceFormulaRecalculation(true);
            }
            PrintLayout.apply(sheet, header, mark);
        }
    }

    /** A sheet name may hold markers too (e.g. {@code ${t.sheetSummary}}); Excel's limits on names are kept. */
    private void renameSheets(Map<String, ?> model) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            if (!name.contains("${")) {
                continue;
            }
            Matcher m = MARKER.matcher(name);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                Object v = resolve(model, m.group(1));
                m.appendReplacement(b, Matcher.quoteReplacement(v == null ? "" : plain(v)));
            }
            m.appendTail(b);
            String clean = b.toString().replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
            clean = clean.length() > 31 ? clean.substring(0, 31) : clean;
            if (!clean.isEmpty() && workbook.getSheetIndex(clean) < 0) {
                workbook.setSheetName(i, clean);
            }
        }
    }

    private static String listOf(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                Matcher m = LIST.matcher(cell.getStringCellValue());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** Repeats the template row once per item; returns the index of the row after the last one written. */
    private int repeat(Sheet sheet, Row template, String list, List<?> items, Map<String, ?> model) {
        int at = template.getRowNum();
        int extra = items.size() - 1;
        if (extra > 0 && at < sheet.getLastRowNum()) {
            sheet.shiftRows(at + 1, sheet.getLastRowNum(), extra, true, false);
        }
        List<Object[]> cells = new ArrayList<>();
        for (Cell c : template) {
            cells.add(new Object[] {c.getColumnIndex(), c.getCellType() == CellType.STRING ? c.getStringCellValue() : null, c.getCellStyle(), c});
        }
        if (items.isEmpty()) {
            for (Object[] c : cells) {
                template.getCell((Integer) c[0]).setBlank();
            }
            return at + 1;
        }
        for (int i = 0; i < items.size(); i++) {
            Row row = i == 0 ? template : sheet.createRow(at + i);
            row.setHeight(template.getHeight());
            for (Object[] c : cells) {
                Cell cell = row.getCell((Integer) c[0]);
                if (cell == null) {
                    cell = row.createCell((Integer) c[0]);
                    cell.setCellStyle((CellStyle) c[2]);
                }
                if (c[1] != null) {
                    write(cell, (String) c[1], model, list, items.get(i));
                } else if (i > 0) {
                    copyValue((Cell) c[3], cell);
                }
            }
        }
        return at + items.size();
    }

    private void fillRow(Row row, Map<String, ?> model, String list, Object item) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("${")) {
                write(cell, cell.getStringCellValue(), model, list, item);
            }
        }
    }

    private void write(Cell cell, String text, Map<String, ?> model, String list, Object item) {
        Matcher whole = MARKER.matcher(text.strip());
        if (whole.matches()) {
            set(cell, value(whole.group(1), model, list, item));
            return;
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Object v = value(m.group(1), model, list, item);
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? "" : plain(v)));
        }
        m.appendTail(b);
        set(cell, b.toString());
    }

    private static Object value(String path, Map<String, ?> model, String list, Object item) {
        if (list != null && path.startsWith(list + "[]")) {
            String rest = path.substring(list.length() + 2);
            return rest.isEmpty() ? item : resolve(item, rest.substring(1));
        }
        return resolve(model, path);
    }

    private void set(Cell cell, Object v) {
        CellStyle style = cell.getCellStyle();
        if (v == null) {
            cell.setBlank();
        } else if (v instanceof Percent p) {
            cell.setCellValue(p.value());
            if (!style.getDataFormatString().contains("%")) {
                cell.setCellStyle(derive(style, "0.0%"));
            }
        } else if (v instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            if (!DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
                cell.setCellStyle(derive(style, "yyyy-mm-dd"));
            }
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            String s = v.toString();
            cell.setCellValue(s);
            if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
                cell.setCellStyle(derive(style, null));
            }
        }
    }

    /** The template cell's style with another number format, or quote-prefixed (text, never a formula). */
    private CellStyle derive(CellStyle base, String format) {
        String key = base.getIndex() + "|" + format;
        return derived.computeIfAbsent(key, k -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(base);
            if (format == null) {
                s.setQuotePrefixed(true);
            } else {
                s.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return s;
        });
    }

    private static void copyValue(Cell from, Cell to) {
        switch (from.getCellType()) {
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            case STRING -> to.setCellValue(from.getStringCellValue());
            default -> {
                // formulas and blanks of a repeated row are left empty
            }
        }
    }

    private static String plain(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Percent p) {
            return BigDecimal.valueOf(p.value() * 100).stripTrailingZeros().toPlainString() + "%";
        }
        return v.toString();
    }

    static Object resolve(Object root, String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            if (current == null || part.isEmpty()) {
                return current;
            }
            current = property(current, part);
        }
        return current;
    }

    private static Object property(Object o, String name) {
        if (o instanceof Map<?, ?> m) {
            return m.get(name);
        }
        java.lang.reflect.Method accessor = ACCESSORS.get(o.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return accessor.invoke(o);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static List<?> asList(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
