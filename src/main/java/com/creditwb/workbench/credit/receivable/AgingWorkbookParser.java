package com.creditwb.workbench.credit.receivable;

import com.creditwb.workbench.common.excel.CellReader;
import com.creditwb.workbench.common.excel.ExcelProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads an accounts-receivable aging list (应收账款账龄表): a header row naming the columns (customer
 * code or USCC, invoice number, invoice date, due date, amount, currency — in Chinese or English, in
 * any order) and one open invoice per row below it; an "as of" date above the header. Every problem
 * is reported with its sheet and cell; nothing is resolved against the database here.
 */
public final class AgingWorkbookParser {

    /** The columns an aging list has. */
    public enum Column { CUSTOMER, USCC, INVOICE, INVOICE_DATE, DUE_DATE, AMOUNT, CURRENCY }

    /** One parsed row; {@code cell} is where the row starts (for messages). */
    public record Line(String sheet, int row, String customerKey, String customerCell, String invoiceNo, LocalDate invoiceDate,
            LocalDate dueDate, BigDecimal amount, String currency) {
    }

    public record Result(String sheet, LocalDate asOf, List<Line> lines, List<ExcelProblem> problems) {
    }

    private static final Map<Column, List<String>> HEADERS = Map.of(
            Column.CUSTOMER, List.of("客户编码", "客户代码", "客户编号", "customercode", "customer"),
            Column.USCC, List.of("统一社会信用代码", "信用代码", "uscc", "unifiedsocialcreditcode"),
            Column.INVOICE, List.of("发票号", "发票号码", "发票编号", "单据号", "invoiceno", "invoicenumber", "invoice"),
            Column.INVOICE_DATE, List.of("开票日期", "发票日期", "单据日期", "invoicedate"),
            Column.DUE_DATE, List.of("到期日", "到期日期", "应收日期", "duedate"),
            Column.AMOUNT, List.of("金额", "未收金额", "应收金额", "余额", "amount", "openamount", "outstanding", "amountoutstanding"),
            Column.CURRENCY, List.of("币种", "币别", "货币", "currency"));
    private static final List<String> AS_OF = List.of("截至日期", "截止日期", "账龄截至日", "日期", "asof", "asofdate", "date");
    private static final int HEADER_SEARCH_ROWS = 15;
    /** Beyond this many problems the list is not read further: the file is the wrong one, or needs fixing as a whole. */
    static final int MAX_PROBLEMS = 500;

    private final CellReader reader;

    public AgingWorkbookParser(Workbook workbook) {
        this.reader = new CellReader(workbook);
    }

    /**
     * Reads the first sheet with a header row, forward only (a streamed workbook of 200,000 rows is never held
     * whole): the rows above the header are kept for the "as of" date, the rows below are read one by one.
     */
    public Result parse(Workbook workbook) {
        List<ExcelProblem> problems = new ArrayList<>();
        for (Sheet sheet : workbook) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            List<Row> above = new ArrayList<>();
            Iterator<Row> rows = sheet.rowIterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                if (above.size() > HEADER_SEARCH_ROWS) {
                    break;
                }
                if (isHeader(row, columns)) {
                    return parse(sheet.getSheetName(), above, rows, columns);
                }
                above.add(row);
            }
        }
        problems.add(ExcelProblem.of("aging.noHeader"));
        return new Result(null, null, List.of(), problems);
    }

    private boolean isHeader(Row row, Map<Column, Integer> columns) {
        columns.clear();
        for (Cell cell : row) {
            String text = CellReader.header(reader.text(cell));
            for (Map.Entry<Column, List<String>> e : HEADERS.entrySet()) {
                if (text != null && e.getValue().contains(text) && !columns.containsKey(e.getKey())) {
                    columns.put(e.getKey(), cell.getColumnIndex());
                }
            }
        }
        return columns.containsKey(Column.INVOICE) && columns.containsKey(Column.AMOUNT) && columns.containsKey(Column.DUE_DATE)
                && (columns.containsKey(Column.CUSTOMER) || columns.containsKey(Column.USCC));
    }

    private Result parse(String name, List<Row> above, Iterator<Row> below, Map<Column, Integer> columns) {
        List<ExcelProblem> problems = new ArrayList<>();
        LocalDate asOf = asOf(name, above, problems);
        for (Column required : List.of(Column.INVOICE_DATE)) {
            if (!columns.containsKey(required)) {
                problems.add(ExcelProblem.at(name, null, "aging.missingColumn", required.name()));
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        while (below.hasNext()) {
            Row row = below.next();
            int r = row.getRowNum();
            if (CellReader.blank(row, columns.values())) {
                continue;
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(ExcelProblem.at(name, null, "tooManyProblems", MAX_PROBLEMS));
                break;
            }
            int before = problems.size();
            String code = reader.key(row, columns.get(Column.CUSTOMER));
            String uscc = reader.key(row, columns.get(Column.USCC));
            String key = code != null ? code : uscc;
            Integer keyColumn = code != null ? columns.get(Column.CUSTOMER) : columns.getOrDefault(Column.USCC, columns.get(Column.CUSTOMER));
            String keyCell = CellReader.address(r, keyColumn);
            if (key == null) {
                problems.add(ExcelProblem.at(name, keyCell, "aging.customerMissing"));
            }
            String invoice = reader.key(row, columns.get(Column.INVOICE));
            if (invoice == null) {
                problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.INVOICE)), "aging.invoiceMissing"));
            } else if (invoice.length() > 64) {
                problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.INVOICE)), "aging.invoiceTooLong", 64));
            }
            LocalDate invoiceDate = date(row, columns.get(Column.INVOICE_DATE), name, problems, true);
            LocalDate dueDate = date(row, columns.get(Column.DUE_DATE), name, problems, true);
            BigDecimal amount = null;
            Cell amountCell = row.getCell(columns.get(Column.AMOUNT));
            try {
                amount = reader.amount(amountCell);
                if (amount == null) {
                    problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.AMOUNT)), "aging.amountMissing"));
                } else if (amount.signum() == 0) {
                    problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.AMOUNT)), "aging.amountZero"));
                } else if (amount.abs().compareTo(new BigDecimal("1e15")) >= 0) {
                    problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.AMOUNT)), "aging.amountTooLarge"));
                }
            } catch (CellReader.CellException e) {
                problems.add(e.problem(name));
            }
            String currency = columns.containsKey(Column.CURRENCY) ? reader.key(row, columns.get(Column.CURRENCY)) : null;
            currency = currency == null ? "CNY" : currency.toUpperCase(Locale.ROOT);
            if (!validCurrency(currency)) {
                problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.CURRENCY)), "aging.badCurrency", currency));
            }
            if (invoiceDate != null && dueDate != null && dueDate.isBefore(invoiceDate)) {
                problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.DUE_DATE)), "aging.dueBeforeInvoice"));
            }
            if (key != null && invoice != null) {
                String first = seen.putIfAbsent(key.toUpperCase(Locale.ROOT) + "\u0000" + invoice, CellReader.address(r, columns.get(Column.INVOICE)));
                if (first != null) {
                    problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.INVOICE)), "aging.duplicateInvoice", invoice, first));
                }
            }
            if (problems.size() == before) {
                lines.add(new Line(name, r, key.toUpperCase(Locale.ROOT), keyCell, invoice, invoiceDate, dueDate,
                        amount.setScale(2, java.math.RoundingMode.HALF_UP), currency));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(ExcelProblem.at(name, null, "aging.noItems"));
        }
        return new Result(name, asOf, lines, problems);
    }

    private LocalDate asOf(String sheet, List<Row> above, List<ExcelProblem> problems) {
        for (Row row : above) {
            for (Cell cell : row) {
                String text = reader.text(cell);
                String label = CellReader.header(text == null ? null : text.replaceAll("[:：]\\s*$", ""));
                if (label != null && AS_OF.contains(label)) {
                    return date(row, cell.getColumnIndex() + 1, sheet, problems, false);
                }
                if (text != null) {
                    Matcher m = Pattern.compile("^(截至|截止|as of)\\s*[:：]?\\s*(.+)$", Pattern.CASE_INSENSITIVE).matcher(text);
                    if (m.matches()) {
                        LocalDate d = CellReader.parseDate(m.group(2));
                        if (d != null) {
                            return d;
                        }
                    }
                }
            }
        }
        return null;
    }

    private LocalDate date(Row row, Integer column, String sheet, List<ExcelProblem> problems, boolean required) {
        if (column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        String where = CellReader.address(row.getRowNum(), column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            if (required) {
                problems.add(ExcelProblem.at(sheet, where, "aging.dateMissing"));
            }
            return null;
        }
        LocalDate d = CellReader.date(cell);
        if (d != null) {
            return d;
        }
        problems.add(ExcelProblem.at(sheet, where, "aging.notADate", cell.toString()));
        return null;
    }

    private static boolean validCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
