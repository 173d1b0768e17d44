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

    private static final Pattern MARKER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern LIST = Pattern.compile("\\$\\{([\\w.]+)\\[]\\.?([\\w.]*)}");

    private final Workbook workbook;
    private final Map<String, CellStyle> derived = new HashMap<>();

    private TemplateFiller(Workbook workbook) {
        this.workbook = workbook;
    }

    /** The template filled with the model, as .xlsx bytes. */
    public static byte[] fill(byte[] template, Map<String, ?> model) {
        try (Workbook wb = SafeWorkbookReader.open(template); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new TemplateFiller(wb).fillAll(model);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillAll(Map<String, ?> model) {
        for (Sheet sheet : workbook) {
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String list = row == null ? null : listOf(row);
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
        if (o.getClass().isRecord()) {
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    try {
                        return c.getAccessor().invoke(o);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static List<?> asList(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
