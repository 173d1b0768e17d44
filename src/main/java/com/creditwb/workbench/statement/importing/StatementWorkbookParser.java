package com.creditwb.workbench.statement.importing;

import com.creditwb.workbench.common.excel.CellReader;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.StatementType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Finds the three statements in a workbook without configuration: sheets by their usual names in
 * Chinese and English or, failing that, by the line labels they contain; label and amount columns
 * by their headers (期末余额/年初余额, 本期金额/上期金额, current/prior year, or dates), side by side
 * (assets left, liabilities and equity right) or in one column; line labels through
 * {@link LabelNormaliser} and the catalogue plus remembered aliases; the unit and the period end
 * from the sheet's heading. Plain Java: no Spring, no database.
 */
public final class StatementWorkbookParser {

    private static final int HEADING_ROWS = 15;
    private static final int HEADER_SEARCH_ROWS = 40;

    private static final List<String> PRIOR_HEADERS = List.of("上年年末余额", "年初余额", "期初余额", "年初数", "期初数",
            "上期金额", "上期数", "上年金额", "上年数", "上年同期", "上期发生额", "上年发生额", "上年累计", "年初", "期初", "上期", "上年",
            "prioryear", "previousyear", "priorperiod", "previousperiod", "lastyear", "openingbalance",
            "beginningofyear", "beginningofperiod", "prior", "previous", "comparative");
    private static final List<String> CURRENT_HEADERS = List.of("期末余额", "期末数", "期末金额", "本期金额", "本期数",
            "本年金额", "本年数", "本年累计", "本期发生额", "本年发生额", "期末", "本期", "本年", "currentyear", "currentperiod",
            "thisyear", "closingbalance", "endofyear", "endofperiod", "current", "amount", "金额");
    private static final List<String> LABEL_HEADERS = List.of("项目", "资产", "负债", "所有者权益", "股东权益", "item",
            "assets", "liabilities", "equity", "lineitem", "description");
    private static final List<String> IGNORED_HEADERS = List.of("行次", "附注", "行号", "line", "note", "notes", "no");

    private static final Pattern DATE_CN = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern YEAR_CN = Pattern.compile("(\\d{4})\\s*年度?(?!\\s*\\d)");
    private static final Pattern DATE_EN = Pattern.compile(
            "(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_EN_US = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:fy)?(\\d{4})(?:年)?");
    private static final Pattern USCC = Pattern.compile("(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** The catalogue's labels, normalised and loose, built once (the aliases of each import are laid over copies). */
    private static final Map<String, LineItem> CATALOGUE = new HashMap<>();
    private static final Map<String, LineItem> CATALOGUE_LOOSE = new HashMap<>();

    static {
        for (LineItem item : LineItem.values()) {
            for (String label : item.labels()) {
                CATALOGUE.putIfAbsent(LabelNormaliser.normalise(label), item);
                CATALOGUE_LOOSE.putIfAbsent(LabelNormaliser.loose(label), item);
            }
        }
    }

    private final Map<String, LineItem> lookup;
    private final Map<String, LineItem> looseLookup;

    /** @param aliases normalised labels users mapped to items earlier (they win over the catalogue) */
    public StatementWorkbookParser(Map<String, LineItem> aliases) {
        if (aliases.isEmpty()) {
            lookup = CATALOGUE;
            looseLookup = CATALOGUE_LOOSE;
        } else {
            lookup = new HashMap<>(CATALOGUE);
            looseLookup = new HashMap<>(CATALOGUE_LOOSE);
            lookup.putAll(aliases);
            aliases.forEach((label, item) -> looseLookup.put(LabelNormaliser.loose(label), item));
        }
    }

    /**
     * The item a label stands for: as written (after {@link LabelNormaliser#normalise}), else one of
     * the names of a label with a bracketed alternative, else the same singular or plural.
     */
    public Optional<LineItem> recognise(String label) {
        String key = LabelNormaliser.normalise(label);
        LineItem item = lookup.get(key);
        if (item != null) {
            return Optional.of(item);
        }
        List<String> alternatives = LabelNormaliser.alternatives(key);
        for (String name : alternatives) {
            if (lookup.containsKey(name)) {
                return Optional.of(lookup.get(name));
            }
        }
        item = looseLookup.get(LabelNormaliser.loose(label));
        if (item != null) {
            return Optional.of(item);
        }
        for (String name : alternatives) {
            LineItem loose = looseLookup.get(LabelNormaliser.loose(name));
            if (loose != null) {
                return Optional.of(loose);
            }
        }
        return Optional.empty();
    }

    public ParsedWorkbook parse(Workbook workbook) {
        CellReader reader = new CellReader(workbook);
        List<ParsedSheet> sheets = new ArrayList<>();
        List<ParsedLine> lines = new ArrayList<>();
        List<ExcelProblem> problems = new ArrayList<>();
        TreeMap<Integer, LocalDate> dates = new TreeMap<>();
        String uscc = null;
        String code = null;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            Heading heading = heading(sheet, reader);
            if (uscc == null) {
                uscc = heading.uscc;
            }
            if (code == null) {
                code = heading.customerCode;
            }
            StatementType byName = typeByName(sheet.getSheetName());
            Columns columns = columns(sheet, reader);
            List<ParsedLine> found = new ArrayList<>();
            List<ExcelProblem> sheetProblems = new ArrayList<>();
            readLines(sheet, reader, columns, heading.unitFactor, found, sheetProblems);
            StatementType type = byName != null ? byName : majority(found);
            if (type == null) {
                continue;
            }
            StatementType t = type;
            // a label of another statement (净利润 in a cash-flow supplement) is not this statement's line
            found.removeIf(l -> l.recognised() && l.item().statement() != t);
            sheets.add(new ParsedSheet(sheet.getSheetName(), type, byName != null, columns.groups.size() > 1,
                    heading.unitFactor, heading.unitFound, columns.hasPrior()));
            lines.addAll(found);
            problems.addAll(sheetProblems);
            LocalDate date = columns.date != null ? columns.date : heading.date;
            if (date != null) {
                // the balance sheet's date is the period end; other sheets' dates are a fallback
                dates.putIfAbsent(type == StatementType.BALANCE_SHEET ? 0 : 1 + s, date);
            }
        }
        LocalDate periodEnd = dates.isEmpty() ? null : dates.firstEntry().getValue();
        return new ParsedWorkbook(sheets, periodEnd, uscc, code, lines, problems);
    }

    // ---- sheet type ------------------------------------------------------------------------

    static StatementType typeByName(String sheetName) {
        String n = LabelNormaliser.normalise(sheetName);
        if (n.contains("资产负债") || n.contains("balancesheet") || n.contains("financialposition") || n.equals("bs")) {
            return StatementType.BALANCE_SHEET;
        }
        if (n.contains("现金流量") || n.contains("cashflow") || n.equals("cf")) {
            return StatementType.CASH_FLOW;
        }
        if (n.contains("利润表") || n.contains("损益") || n.equals("利润") || n.contains("incomestatement")
                || n.contains("profitandloss") || n.contains("profit&loss") || n.contains("profitorloss")
                || n.contains("comprehensiveincome") || n.equals("is") || n.equals("p&l") || n.equals("pl")) {
            return StatementType.INCOME_STATEMENT;
        }
        return null;
    }

    private static StatementType majority(List<ParsedLine> lines) {
        Map<StatementType, Integer> counts = new EnumMap<>(StatementType.class);
        lines.stream().filter(ParsedLine::recognised).forEach(l -> counts.merge(l.item().statement(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    // ---- heading: unit, date, customer ------------------------------------------------------

    private record Heading(long unitFactor, boolean unitFound, LocalDate date, String uscc, String customerCode) {
    }

    private static Heading heading(Sheet sheet, CellReader reader) {
        long unit = 1;
        boolean unitFound = false;
        LocalDate date = null;
        String uscc = null;
        String code = null;
        int last = Math.min(sheet.getLastRowNum(), HEADING_ROWS);
        for (int r = sheet.getFirstRowNum(); r <= last && r >= 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = reader.text(cell);
                if (text == null) {
                    if (date == null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        date = cell.getLocalDateTimeCellValue().toLocalDate();
                    }
                    continue;
                }
                Long factor = unit(text);
                if (!unitFound && factor != null) {
                    unit = factor;
                    unitFound = true;
                }
                if (date == null) {
                    date = date(text);
                }
                if (uscc == null) {
                    Matcher m = USCC.matcher(text.toUpperCase(Locale.ROOT));
                    while (m.find()) {
                        if (UnifiedSocialCreditCode.isValid(m.group())) {
                            uscc = m.group();
                            break;
                        }
                    }
                }
                if (code == null) {
                    code = customerCode(text, row, cell, reader);
                }
            }
        }
        return new Heading(unit, unitFound, date, uscc, code);
    }

    /** The unit a heading such as '单位：万元' or 'Unit: RMB thousand' states, null when the text states none. */
    static Long unit(String text) {
        String n = LabelNormaliser.normalise(text);
        int at = Math.max(n.indexOf("单位"), n.indexOf("unit"));
        if (at < 0 && !n.startsWith("rmb") && !n.startsWith("inrmb") && !n.startsWith("金额单位")) {
            return null;
        }
        String u = at < 0 ? n : n.substring(at);
        if (u.contains("百万元") || u.contains("million")) {
            return 1_000_000L;
        }
        if (u.contains("万元") || u.contains("tenthousand") || u.contains("10thousand") || u.contains("10,000")
                || u.contains("10000")) {
            return 10_000L;
        }
        if (u.contains("千元") || u.contains("thousand") || u.contains("'000") || u.contains("000s")) {
            return 1_000L;
        }
        if (u.contains("元") || u.contains("rmb") || u.contains("yuan") || u.contains("cny")) {
            return 1L;
        }
        return null;
    }

    static LocalDate date(String text) {
        try {
            Matcher m = DATE_CN.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DATE_ISO.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DATE_EN.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = DATE_EN_US.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = YEAR_CN.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /**
     * Labels after which a heading names the company, its code or its USCC (客户代码：C00012, 编制单位：C00012,
     * Company: 91310000…): the text after the label, or the next cell's, is tried as a code; a USCC anywhere in the
     * heading is found by its own pattern.
     */
    private static final List<String> COMPANY_LABELS = List.of("客户代码", "客户编号", "编制单位", "单位名称", "企业名称", "公司名称",
            "纳税人名称", "customercode", "customerno", "companyname", "company", "entity", "preparedby");

    private static String customerCode(String text, Row row, Cell cell, CellReader reader) {
        String n = LabelNormaliser.normalise(text);
        for (String key : COMPANY_LABELS) {
            if (n.startsWith(key)) {
                String rest = n.substring(key.length()).replaceFirst("^[:：]", "");
                if (!rest.isEmpty()) {
                    return rest.toUpperCase(Locale.ROOT);
                }
                for (int c = cell.getColumnIndex() + 1; c <= cell.getColumnIndex() + 3; c++) {
                    String next = reader.text(row.getCell(c));
                    if (next != null) {
                        return next.strip().toUpperCase(Locale.ROOT);
                    }
                }
            }
        }
        return null;
    }

    // ---- columns ------------------------------------------------------------------------

    /** A label column with the amount columns to its right (-1 when absent). */
    private record Group(int label, int current, int prior) {
    }

    private record Columns(int headerRow, List<Group> groups, LocalDate date) {
        boolean hasPrior() {
            return groups.stream().anyMatch(g -> g.prior >= 0);
        }
    }

    private enum Role { LABEL, CURRENT, PRIOR, IGNORED }

    private static Columns columns(Sheet sheet, CellReader reader) {
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            TreeMap<Integer, Role> roles = new TreeMap<>();
            TreeMap<Integer, LocalDate> dated = new TreeMap<>();
            for (Cell cell : row) {
                String text = reader.text(cell);
                if (text == null) {
                    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        dated.put(cell.getColumnIndex(), cell.getLocalDateTimeCellValue().toLocalDate());
                    }
                    continue;
                }
                String n = LabelNormaliser.normalise(text);
                Role role = headerRole(n);
                if (role != null) {
                    roles.put(cell.getColumnIndex(), role);
                }
                LocalDate d = headerDate(text);
                if (d != null && role != Role.LABEL) {
                    dated.put(cell.getColumnIndex(), d);
                }
            }
            boolean keywords = roles.containsValue(Role.CURRENT) || roles.containsValue(Role.PRIOR);
            LocalDate headerDate = null;
            if (!keywords && dated.size() >= 2) {
                // year or date headers: the latest is the current period, the one before it the prior
                LocalDate latest = dated.values().stream().max(Comparator.naturalOrder()).orElseThrow();
                dated.forEach((col, d) -> roles.put(col, d.equals(latest) ? Role.CURRENT : Role.PRIOR));
                headerDate = latest.getMonthValue() == 1 && latest.getDayOfMonth() == 1 ? null : latest;
                keywords = true;
            } else if (keywords && !dated.isEmpty()) {
                headerDate = dated.values().stream().max(Comparator.naturalOrder()).orElse(null);
            }
            if (keywords) {
                return new Columns(r, groups(roles), headerDate);
            }
        }
        return new Columns(-1, List.of(), null);
    }

    private static Role headerRole(String n) {
        if (n.isEmpty()) {
            return null;
        }
        if (IGNORED_HEADERS.contains(n) || n.startsWith("行次") || n.startsWith("附注")) {
            return Role.IGNORED;
        }
        for (String h : PRIOR_HEADERS) {
            if (n.startsWith(h) || (h.length() > 3 && n.contains(h))) {
                return Role.PRIOR;
            }
        }
        for (String h : CURRENT_HEADERS) {
            if (n.startsWith(h) || (h.length() > 3 && n.contains(h))) {
                return Role.CURRENT;
            }
        }
        for (String h : LABEL_HEADERS) {
            if (n.startsWith(h)) {
                return Role.LABEL;
            }
        }
        return null;
    }

    private static LocalDate headerDate(String text) {
        LocalDate d = date(text);
        if (d != null) {
            return d;
        }
        Matcher m = YEAR_ONLY.matcher(LabelNormaliser.normalise(text));
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return year >= 1990 && year <= 2100 ? LocalDate.of(year, 12, 31) : null;
        }
        return null;
    }

    private static List<Group> groups(TreeMap<Integer, Role> roles) {
        List<Integer> labels = roles.entrySet().stream().filter(e -> e.getValue() == Role.LABEL).map(Map.Entry::getKey).toList();
        List<Integer> amounts = roles.entrySet().stream().filter(e -> e.getValue() == Role.CURRENT || e.getValue() == Role.PRIOR)
                .map(Map.Entry::getKey).toList();
        List<Integer> starts = new ArrayList<>(labels);
        if (starts.isEmpty() || starts.get(0) > amounts.get(0)) {
            starts.add(0, Math.max(0, amounts.get(0) - 1 - (int) roles.headMap(amounts.get(0)).values().stream()
                    .filter(r -> r == Role.IGNORED).count()));
        }
        // a second amount block after the first one without its own label header: side by side
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : Integer.MAX_VALUE;
            int current = -1;
            int prior = -1;
            for (int col : amounts) {
                if (col > from && col < to) {
                    if (roles.get(col) == Role.CURRENT && current < 0) {
                        current = col;
                    } else if (roles.get(col) == Role.PRIOR && prior < 0) {
                        prior = col;
                    } else if (roles.get(col) == Role.CURRENT && prior < 0 && current >= 0) {
                        // two "current" headers in one group: a second block without a label header
                        int secondLabel = nonAmountBefore(roles, col);
                        if (secondLabel > current) {
                            groups.add(new Group(from, current, prior));
                            from = secondLabel;
                            current = col;
                        }
                    }
                }
            }
            if (current >= 0 || prior >= 0) {
                groups.add(new Group(from, current, prior));
            }
        }
        return groups;
    }

    private static int nonAmountBefore(TreeMap<Integer, Role> roles, int col) {
        int c = col - 1;
        while (c >= 0 && roles.containsKey(c) && roles.get(c) != Role.LABEL) {
            c--;
        }
        return c;
    }

    // ---- lines ----------------------------------------------------------------------------

    private void readLines(Sheet sheet, CellReader reader, Columns columns, long unit, List<ParsedLine> out,
            List<ExcelProblem> problems) {
        String name = sheet.getSheetName();
        for (int r = columns.headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<Group> groups = columns.groups.isEmpty() ? fallbackGroups(row, reader) : columns.groups;
            for (Group g : groups) {
                Cell labelCell = row.getCell(g.label);
                String label = reader.text(labelCell);
                if (label == null || CellReader.parseQuietly(label)) {
                    continue;
                }
                LineItem item = recognise(label).orElse(null);
                Cell currentCell = g.current < 0 ? null : row.getCell(g.current);
                Cell priorCell = g.prior < 0 ? null : row.getCell(g.prior);
                CellReader.Amount current = null;
                CellReader.Amount prior = null;
                try {
                    current = reader.read(currentCell);
                } catch (CellReader.CellException e) {
                    current = failed(item, e.problem(name), problems);
                }
                try {
                    prior = reader.read(priorCell);
                } catch (CellReader.CellException e) {
                    prior = failed(item, e.problem(name), problems);
                }
                if (item == null && value(current) == null && value(prior) == null) {
                    continue; // a section heading such as 流动资产：
                }
                out.add(new ParsedLine(name, CellReader.address(labelCell), label, item, value(current),
                        currentCell == null ? null : CellReader.address(currentCell), value(prior),
                        priorCell == null ? null : CellReader.address(priorCell), unit, written(current), written(prior)));
            }
        }
    }

    /**
     * A recognised line's cell that could not be read: its problem is reported once (several totals may show the
     * error of one text cell) and the line has no amount there; an unrecognised line's is not reported.
     */
    private static CellReader.Amount failed(LineItem item, ExcelProblem problem, List<ExcelProblem> problems) {
        if (item == null) {
            return null;
        }
        boolean reported = problems.stream().anyMatch(p -> java.util.Objects.equals(p.sheet(), problem.sheet())
                && java.util.Objects.equals(p.cell(), problem.cell()));
        if (!reported) {
            problems.add(problem);
        }
        return CellReader.FAILED;
    }

    private static BigDecimal value(CellReader.Amount a) {
        return a == null ? null : a.value();
    }

    private static CellReader.Written written(CellReader.Amount a) {
        return a == null ? null : a.written();
    }

    /** No header row: the first text cell is the label, the next two numeric cells the amounts. */
    private static List<Group> fallbackGroups(Row row, CellReader reader) {
        int label = -1;
        int current = -1;
        int prior = -1;
        for (Cell cell : row) {
            if (label < 0) {
                if (reader.text(cell) != null && !reader.looksNumeric(cell)) {
                    label = cell.getColumnIndex();
                }
            } else if (reader.looksNumeric(cell)) {
                if (current < 0) {
                    current = cell.getColumnIndex();
                } else {
                    prior = cell.getColumnIndex();
                    break;
                }
            }
        }
        return label < 0 ? List.of() : List.of(new Group(label, current, prior));
    }

}
