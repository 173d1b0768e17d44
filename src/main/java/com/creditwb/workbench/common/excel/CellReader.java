package com.creditwb.workbench.common.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads cells of one workbook as text or as amounts: formulas evaluated, numbers written as text
 * understood ('1,234.56', '（1,000）' and '(1,000)' negative, '-' or blank empty), and a cell that
 * is neither reported with its address.
 */
public final class CellReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Workbook workbook;
    private final boolean cachedValuesCurrent;
    private FormulaEvaluator evaluator;

    /**
     * A formula's value is the one the workbook saved with it (as Excel shows it) when the file holds one
     * and is not marked for recalculation on opening; otherwise the formula is evaluated.
     */
    public CellReader(Workbook workbook) {
        this.workbook = workbook;
        this.cachedValuesCurrent = streamed(workbook) || !workbook.getForceFormulaRecalculation();
    }

    /** A workbook read row by row as it is unzipped: a formula can only give the value saved with it. */
    private static boolean streamed(Workbook workbook) {
        return workbook instanceof com.github.pjfanning.xlsx.impl.StreamingWorkbook;
    }

    private FormulaEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(false);
        }
        return evaluator;
    }

    /** Whether the file saved a value with the formula (.xls always does; .xlsx when the cell has its {@code <v>}). */
    private boolean hasSavedValue(Cell cell) {
        if (!cachedValuesCurrent) {
            return false;
        }
        if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x) {
            return x.getCTCell().isSetV() || x.getCachedFormulaResultType() == CellType.STRING && x.getCTCell().isSetIs();
        }
        return true;
    }

    private Amount saved(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> new Amount(BigDecimal.valueOf(cell.getNumericCellValue()), Written.NUMBER);
            case STRING -> fromText(cell, cell.getStringCellValue());
            case ERROR -> throw formulaError(cell, cell.getErrorCellValue());
            case BLANK -> null;
            default -> throw new CellException(address(cell), "notANumber", cell.toString());
        };
    }

    /** The cell's address as Excel shows it, e.g. {@code C12}. */
    public static String address(Cell cell) {
        return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
    }

    /** The address of a row and column (e.g. {@code C12}); null without a column. */
    public static String address(int row, Integer column) {
        return column == null ? null : new CellReference(row, column).formatAsString(false);
    }

    /**
     * A key cell (customer code, invoice number) as text: a text cell trimmed, a number without trailing
     * zeros ({@code 1001.0} → {@code 1001}); null when the column is absent or the cell blank.
     */
    public String key(org.apache.poi.ss.usermodel.Row row, Integer column) {
        if (column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text = text(cell);
        if (text == null && cell.getCellType() == CellType.NUMERIC) {
            text = java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return text;
    }

    /** Whether every one of the given columns of the row is empty (blank, missing or whitespace). */
    public static boolean blank(org.apache.poi.ss.usermodel.Row row, java.util.Collection<Integer> columns) {
        for (Integer c : columns) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** A header as compared with the known names: lower case, without spaces, punctuation, brackets or %. */
    public static String header(String text) {
        if (text == null) {
            return null;
        }
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_.:：()（）/\\-*%％]", "");
        return s.isEmpty() ? null : s;
    }

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /**
     * The date a cell holds: an Excel date (a serial number between 1954 and 2119) or text such as 2026-03-31,
     * 2026/3/31 or 2026年3月31日; null when it holds neither (the caller says so at the cell).
     */
    public static java.time.LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            if (org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(v) && v > 20_000 && v < 80_000) {
                return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(v).toLocalDate();
            }
            return null;
        }
        return type == CellType.STRING ? parseDate(cell.getStringCellValue()) : null;
    }

    /** A date written as text (see {@link #date}); null when it is not one. */
    public static java.time.LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The text of a text cell (or a formula giving text), trimmed; null for anything else or blank. */
    public String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        ReadBudget.tick();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.STRING) {
            return null;
        }
        String s = cell.getStringCellValue();
        s = s == null ? null : s.strip();
        return s == null || s.isEmpty() ? null : s;
    }

    /** True if the cell holds something that reads as an amount (or is blank-like, such as '-'). */
    public boolean looksNumeric(Cell cell) {
        if (cell == null) {
            return false;
        }
        ReadBudget.tick();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return true;
        }
        if (type == CellType.STRING) {
            BigDecimal value = read(cell.getStringCellValue());
            return value != null && value != NOT_A_NUMBER;
        }
        return false;
    }

    /**
     * How an amount was written: a number cell (or formula), a number typed as text, a dash for nothing — or FAILED,
     * a cell that could not be read (its problem is reported; it has no value and no check may read it as zero).
     */
    public enum Written { NUMBER, TEXT, DASH, FAILED }

    /** The amount of a cell that could not be read. */
    public static final Amount FAILED = new Amount(null, Written.FAILED);

    /** An amount read from a cell and how it was written there; a dash reads as zero. */
    public record Amount(BigDecimal value, Written written) {
    }

    /**
     * The cell as an amount: null when blank or a dash; the formula's value when it is a formula.
     *
     * @throws CellException when the cell holds text that is no number, or a formula that fails
     */
    public BigDecimal amount(Cell cell) {
        Amount a = read(cell);
        return a == null || a.written() == Written.DASH ? null : a.value();
    }

    /**
     * The cell as an amount with how it was written: null when blank, zero for a dash ('-', '—').
     *
     * @throws CellException when the cell holds text that is no number, or a formula that fails
     */
    public Amount read(Cell cell) {
        if (cell == null) {
            return null;
        }
        ReadBudget.tick();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (hasSavedValue(cell)) {
                return saved(cell);
            }
            CellValue value;
            try {
                value = evaluator().evaluate(cell);
            } catch (RuntimeException e) {
                throw new CellException(address(cell), "formulaFailed", cell.getCellFormula());
            }
            if (value == null) {
                return null;
            }
            return switch (value.getCellType()) {
                case NUMERIC -> new Amount(BigDecimal.valueOf(value.getNumberValue()), Written.NUMBER);
                case STRING -> fromText(cell, value.getStringValue());
                case BLANK -> null;
                case ERROR -> throw formulaError(cell, value.getErrorValue());
                default -> throw new CellException(address(cell), "notANumber", String.valueOf(value.formatAsString()));
            };
        }
        return switch (type) {
            case NUMERIC -> new Amount(BigDecimal.valueOf(cell.getNumericCellValue()), Written.NUMBER);
            case STRING -> fromText(cell, cell.getStringCellValue());
            case BLANK, _NONE -> null;
            case ERROR -> throw new CellException(address(cell), "formulaError",
                    FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> throw new CellException(address(cell), "notANumber", cell.toString());
        };
    }

    private static Amount fromText(Cell cell, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = parseOrFail(cell, text);
        return value == null ? new Amount(BigDecimal.ZERO, Written.DASH) : new Amount(value, Written.TEXT);
    }

    private static BigDecimal parseOrFail(Cell cell, String text) {
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            throw new CellException(address(cell), "notANumber", text.strip());
        }
    }

    /**
     * A number written as text: thousands separators, full-width digits and signs, brackets for
     * negatives; null for blank, '-', '—' or '－'.
     */
    public static BigDecimal parse(String raw) {
        BigDecimal value = read(raw);
        if (value == NOT_A_NUMBER) {
            throw new NumberFormatException(raw);
        }
        return value;
    }

    /** Marks text that is no number (compared by identity; never handed out). */
    private static final BigDecimal NOT_A_NUMBER = new BigDecimal("0.0");

    /** The number, null for blank or a dash, {@link #NOT_A_NUMBER} for words: no exception for the many labels read. */
    private static BigDecimal read(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (char c : raw.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else {
                switch (c) {
                    case '（' -> b.append('(');
                    case '）' -> b.append(')');
                    case '－', '−', '–', '—' -> b.append('-');
                    case '．' -> b.append('.');
                    case '，', ',', ' ', '\u00a0', '\u3000', '¥', '￥' -> { }
                    default -> b.append(c);
                }
            }
        }
        String s = b.toString();
        if (s.isEmpty() || s.chars().allMatch(ch -> ch == '-')) {
            return null;
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (!NUMBER.matcher(s).matches()) {
            return NOT_A_NUMBER;
        }
        BigDecimal value = new BigDecimal(s);
        return negative ? value.negate() : value;
    }

    /** True when the text reads as a number (or a dash), false for words. */
    public static boolean parseQuietly(String text) {
        return text != null && !text.isBlank() && read(text) != NOT_A_NUMBER;
    }

    /** A cell that cannot be read as what was expected. */
    public static final class CellException extends RuntimeException {
        private final String sheet;
        private final String cell;
        private final String code;
        private final transient Object[] args;

        public CellException(String cell, String code, Object... args) {
            this(null, cell, code, java.util.Arrays.asList(args));
        }

        /** A problem at a cell of another sheet than the one being read ({@code sheet} null: the one being read). */
        private CellException(String sheet, String cell, String code, List<Object> args) {
            super(code + " at " + cell);
            this.sheet = sheet;
            this.cell = cell;
            this.code = code;
            this.args = args.toArray();
        }

        static CellException onSheet(String sheet, String cell, String code, Object... args) {
            return new CellException(sheet, cell, code, java.util.Arrays.asList(args));
        }

        public ExcelProblem problem(String sheetRead) {
            return ExcelProblem.at(sheet != null ? sheet : sheetRead, cell, code, args);
        }
    }

    /** A cell reference in a formula: an optional sheet, a cell or a range (not a function name such as LOG10). */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(?:'((?:[^']|'')+)'|([\\p{L}\\p{N}_.]+))!)?(?<![\\w.])\\$?([A-Z]{1,3})\\$?(\\d{1,7})(?::\\$?([A-Z]{1,3})\\$?(\\d{1,7}))?(?![\\w(])");
    private static final int CAUSE_DEPTH = 5;
    private static final int CAUSE_CELLS = 10_000;

    /**
     * An error a formula shows, at its cause when there is one: a #VALUE! comes from a cell it uses (directly or
     * through other formulas showing the error) that holds text which is no number — that cell is named, with its
     * text and the formula's cell; otherwise the error is at the formula.
     */
    private CellException formulaError(Cell cell, int error) {
        String shown = FormulaError.forInt(error).getString();
        if (error == FormulaError.VALUE.getCode()) {
            try {
                Cell cause = textBehind(cell, 0, new java.util.HashSet<>(), new int[] {0});
                if (cause != null) {
                    String other = cause.getSheet() == cell.getSheet() ? null : cause.getSheet().getSheetName();
                    return CellException.onSheet(other, address(cause), "textInFormula", address(cell), cause.getStringCellValue().strip(), shown);
                }
            } catch (RuntimeException e) {
                // a formula this reader cannot follow (a streamed sheet, a name): the error stays at the formula
            }
        }
        return new CellException(address(cell), "formulaError", shown);
    }

    private Cell textBehind(Cell formula, int depth, java.util.Set<String> seen, int[] visited) {
        if (depth > CAUSE_DEPTH || formula.getCellType() != CellType.FORMULA) {
            return null;
        }
        java.util.regex.Matcher m = REFERENCE.matcher(formula.getCellFormula().replaceAll("\"[^\"]*\"", ""));
        while (m.find()) {
            String sheetName = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
            org.apache.poi.ss.usermodel.Sheet sheet = sheetName == null ? formula.getSheet() : workbook.getSheet(sheetName);
            if (sheet == null) {
                continue;
            }
            CellReference from = new CellReference(m.group(3) + m.group(4));
            CellReference to = m.group(5) == null ? from : new CellReference(m.group(5) + m.group(6));
            for (int r = Math.min(from.getRow(), to.getRow()); r <= Math.max(from.getRow(), to.getRow()); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                for (int c = Math.min(from.getCol(), to.getCol()); row != null && c <= Math.max(from.getCol(), to.getCol()); c++) {
                    if (++visited[0] > CAUSE_CELLS) {
                        return null;
                    }
                    Cell in = row.getCell(c);
                    if (in == null || !seen.add(sheet.getSheetName() + "!" + r + ":" + c)) {
                        continue;
                    }
                    if (in.getCellType() == CellType.STRING && !in.getStringCellValue().isBlank()) {
                        return in;
                    }
                    if (in.getCellType() == CellType.FORMULA && in.getCachedFormulaResultType() == CellType.ERROR) {
                        Cell deeper = textBehind(in, depth + 1, seen, visited);
                        if (deeper != null) {
                            return deeper;
                        }
                    }
                }
            }
        }
        return null;
    }
}
