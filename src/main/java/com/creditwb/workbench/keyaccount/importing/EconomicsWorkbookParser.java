package com.creditwb.workbench.keyaccount.importing;

import com.creditwb.workbench.common.excel.CellReader;
import com.creditwb.workbench.common.excel.ExcelProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads account economics (客户经济数据): a header row naming the columns (customer code or USCC, year,
 * revenue, cost of goods, variable and fixed cost to serve, share of wallet, purchases per year, years as
 * customer — Chinese or English, any order) and one customer-year per row. Every problem is reported with
 * its sheet and cell; customers are resolved by the service.
 */
public final class EconomicsWorkbookParser {

    public enum Column { CUSTOMER, USCC, YEAR, REVENUE, COST_OF_GOODS, VARIABLE_COST, FIXED_COST, SHARE_OF_WALLET, PURCHASES, YEARS }

    public record Line(String sheet, String customerKey, String customerCell, int year, BigDecimal revenue, BigDecimal costOfGoods,
            BigDecimal variableCost, BigDecimal fixedCost, Double shareOfWallet, Integer purchases, Integer years) {
    }

    public record Result(String sheet, List<Line> lines, List<ExcelProblem> problems) {
    }

    static final Map<Column, List<String>> HEADERS = Map.of(
            Column.CUSTOMER, List.of("客户编码", "客户代码", "客户编号", "customercode", "customer"),
            Column.USCC, List.of("统一社会信用代码", "信用代码", "uscc"),
            Column.YEAR, List.of("年度", "年份", "year", "fiscalyear"),
            Column.REVENUE, List.of("销售收入", "收入", "营业收入", "revenue", "sales"),
            Column.COST_OF_GOODS, List.of("销售成本", "产品成本", "营业成本", "costofgoods", "costofgoodssold", "cogs"),
            Column.VARIABLE_COST, List.of("可变服务成本", "可变营销成本", "variablecosttoserve", "variablecost"),
            Column.FIXED_COST, List.of("固定服务成本", "固定营销成本", "fixedcosttoserve", "fixedcost"),
            Column.SHARE_OF_WALLET, List.of("钱包份额", "采购份额", "shareofwallet"),
            Column.PURCHASES, List.of("购买频率", "年购买次数", "purchasesperyear", "purchasefrequency"),
            Column.YEARS, List.of("合作年限", "客户年限", "yearsascustomer"));
    private static final int HEADER_SEARCH_ROWS = 15;
    private static final BigDecimal MAX = new BigDecimal("1e15");

    private final CellReader reader;

    public EconomicsWorkbookParser(Workbook workbook) {
        this.reader = new CellReader(workbook);
    }

    public Result parse(Workbook workbook) {
        for (Sheet sheet : workbook) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            int header = findHeader(sheet, columns);
            if (header >= 0) {
                return parse(sheet, header, columns);
            }
        }
        return new Result(null, List.of(), List.of(ExcelProblem.of("economics.noHeader")));
    }

    private int findHeader(Sheet sheet, Map<Column, Integer> columns) {
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            columns.clear();
            for (Cell cell : row) {
                String text = CellReader.header(reader.text(cell));
                HEADERS.forEach((column, names) -> {
                    if (text != null && names.contains(text)) {
                        columns.putIfAbsent(column, cell.getColumnIndex());
                    }
                });
            }
            if (columns.containsKey(Column.YEAR) && columns.containsKey(Column.REVENUE)
                    && (columns.containsKey(Column.CUSTOMER) || columns.containsKey(Column.USCC))) {
                return r;
            }
        }
        return -1;
    }

    private Result parse(Sheet sheet, int header, Map<Column, Integer> columns) {
        String name = sheet.getSheetName();
        List<ExcelProblem> problems = new ArrayList<>();
        for (Column required : List.of(Column.COST_OF_GOODS, Column.VARIABLE_COST, Column.FIXED_COST)) {
            if (!columns.containsKey(required)) {
                problems.add(ExcelProblem.at(name, null, "economics.missingColumn", required.name()));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(name, List.of(), problems);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || CellReader.blank(row, columns.values())) {
                continue;
            }
            int before = problems.size();
            String code = reader.key(row, columns.get(Column.CUSTOMER));
            String key = code != null ? code : reader.key(row, columns.get(Column.USCC));
            Integer keyColumn = code != null ? columns.get(Column.CUSTOMER) : columns.getOrDefault(Column.USCC, columns.get(Column.CUSTOMER));
            String keyCell = CellReader.address(r, keyColumn);
            if (key == null) {
                problems.add(ExcelProblem.at(name, keyCell, "economics.customerMissing"));
            }
            BigDecimal yearValue = number(row, columns.get(Column.YEAR), name, problems);
            Integer year = null;
            if (yearValue == null) {
                problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.YEAR)), "economics.yearMissing"));
            } else if (yearValue.stripTrailingZeros().scale() > 0 || yearValue.intValue() < 1990 || yearValue.intValue() > 2100) {
                problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.YEAR)), "economics.badYear", yearValue.toPlainString()));
            } else {
                year = yearValue.intValue();
            }
            BigDecimal revenue = amount(row, columns.get(Column.REVENUE), name, problems, true);
            BigDecimal cogs = amount(row, columns.get(Column.COST_OF_GOODS), name, problems, true);
            BigDecimal variable = amount(row, columns.get(Column.VARIABLE_COST), name, problems, true);
            BigDecimal fixed = amount(row, columns.get(Column.FIXED_COST), name, problems, true);
            Double share = null;
            BigDecimal shareValue = number(row, columns.get(Column.SHARE_OF_WALLET), name, problems);
            if (shareValue != null) {
                double s = shareValue.doubleValue();
                if (s > 1 && s <= 100) {
                    s = s / 100; // entered as a percentage number
                }
                if (s < 0 || s > 1) {
                    problems.add(ExcelProblem.at(name, CellReader.address(r, columns.get(Column.SHARE_OF_WALLET)), "economics.badShare",
                            shareValue.toPlainString()));
                } else {
                    share = s;
                }
            }
            Integer purchases = count(row, columns.get(Column.PURCHASES), name, problems, 100_000);
            Integer years = count(row, columns.get(Column.YEARS), name, problems, 200);
            if (key != null && year != null) {
                String first = seen.putIfAbsent(key.toUpperCase(Locale.ROOT) + "\u0000" + year, keyCell);
                if (first != null) {
                    problems.add(ExcelProblem.at(name, keyCell, "economics.duplicate", key, year, first));
                }
            }
            if (problems.size() == before) {
                lines.add(new Line(name, key.toUpperCase(Locale.ROOT), keyCell, year, revenue, cogs, variable, fixed, share, purchases, years));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(ExcelProblem.at(name, null, "economics.noRows"));
        }
        return new Result(name, lines, problems);
    }

    private BigDecimal number(Row row, Integer column, String sheet, List<ExcelProblem> problems) {
        if (column == null) {
            return null;
        }
        try {
            return reader.amount(row.getCell(column));
        } catch (CellReader.CellException e) {
            problems.add(e.problem(sheet));
            return null;
        }
    }

    private BigDecimal amount(Row row, Integer column, String sheet, List<ExcelProblem> problems, boolean required) {
        int before = problems.size();
        BigDecimal v = number(row, column, sheet, problems);
        String where = CellReader.address(row.getRowNum(), column);
        if (v == null) {
            if (required && problems.size() == before) {
                problems.add(ExcelProblem.at(sheet, where, "economics.amountMissing"));
            }
            return null;
        }
        if (v.signum() < 0) {
            problems.add(ExcelProblem.at(sheet, where, "economics.negative", v.toPlainString()));
            return null;
        }
        if (v.compareTo(MAX) >= 0) {
            problems.add(ExcelProblem.at(sheet, where, "economics.tooLarge"));
            return null;
        }
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private Integer count(Row row, Integer column, String sheet, List<ExcelProblem> problems, int max) {
        BigDecimal v = number(row, column, sheet, problems);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(ExcelProblem.at(sheet, CellReader.address(row.getRowNum(), column), "economics.badCount", v.toPlainString()));
            return null;
        }
        return v.intValue();
    }
}
