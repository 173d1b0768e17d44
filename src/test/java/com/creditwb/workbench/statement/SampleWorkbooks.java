package com.creditwb.workbench.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks built with POI for the tests: one sample company, 2025 and 2024, in 万元. Figures
 * (万元; the ratio tests work from them):
 * balance sheet 2025 / 2024 — cash 1,200 / 1,000, AR 800 / 700, inventories 600 / 500, current assets
 * 2,600 / 2,200, fixed assets 3,000 / 2,900, intangibles 400 / 400, non-current 3,400 / 3,300, total
 * assets 6,000 / 5,500; short-term borrowings 500 / 600, AP 700 / 600, current liabilities 1,200 /
 * 1,200, long-term borrowings 1,300 / 1,100, non-current 1,300 / 1,100, liabilities 2,500 / 2,300;
 * paid-in capital 2,000 / 2,000, retained earnings 1,500 / 1,200, equity 3,500 / 3,200.
 * Income statement 2025 / 2024 — revenue 10,000 / 9,000, cost 7,000 / 6,300, taxes 100 / 90,
 * selling 800 / 700, admin 600 / 550, R&D 300 / 250, finance 150 / 160 (of which interest 160 / 170),
 * operating profit 1,050 / 950, non-operating income 50 / 30, expense 100 / 80, profit before tax
 * 1,000 / 900, income tax 250 / 225, net profit 750 / 675.
 * Cash flow 2025 / 2024 — operating 900 / 800, capex 400 / 350, investing -400 / -350, financing
 * -300 / -200, net change 200 / 250, opening cash 1,000 / 750, closing cash 1,200 / 1,000.
 */
public final class SampleWorkbooks {

    static final Object[][] ASSETS = {
        {"流动资产：", null, null}, {"货币资金", 1200, 1000}, {"应收账款", 800, 700}, {"存货", 600, 500},
        {"流动资产合计", 2600, 2200}, {"非流动资产：", null, null}, {"固定资产", 3000, 2900}, {"无形资产", 400, 400},
        {"非流动资产合计", 3400, 3300}, {"资产总计", 6000, 5500},
    };
    static final Object[][] LIABILITIES = {
        {"流动负债：", null, null}, {"短期借款", 500, 600}, {"应付账款", 700, 600}, {"流动负债合计", 1200, 1200},
        {"非流动负债：", null, null}, {"长期借款", 1300, 1100}, {"非流动负债合计", 1300, 1100}, {"负债合计", 2500, 2300},
        {"所有者权益（或股东权益）：", null, null}, {"实收资本（或股本）", 2000, 2000}, {"未分配利润", 1500, 1200},
        {"所有者权益（或股东权益）合计", 3500, 3200}, {"负债和所有者权益（或股东权益）总计", 6000, 5500},
    };
    static final Object[][] INCOME = {
        {"一、营业收入", 10000, 9000}, {"减：营业成本", 7000, 6300}, {"税金及附加", 100, 90}, {"销售费用", 800, 700},
        {"管理费用", 600, 550}, {"研发费用", 300, 250}, {"财务费用", 150, 160}, {"其中：利息费用", 160, 170},
        {"二、营业利润（亏损以“－”号填列）", 1050, 950}, {"加：营业外收入", 50, 30}, {"减：营业外支出", 100, 80},
        {"三、利润总额（亏损总额以“－”号填列）", 1000, 900}, {"减：所得税费用", 250, 225},
        {"四、净利润（净亏损以“－”号填列）", 750, 675},
    };
    static final Object[][] CASH = {
        {"经营活动产生的现金流量净额", 900, 800}, {"购建固定资产、无形资产和其他长期资产支付的现金", 400, 350},
        {"投资活动产生的现金流量净额", -400, -350}, {"筹资活动产生的现金流量净额", -300, -200},
        {"五、现金及现金等价物净增加额", 200, 250}, {"加：期初现金及现金等价物余额", 1000, 750},
        {"六、期末现金及现金等价物余额", 1200, 1000},
    };
    static final Object[][] ENGLISH_BALANCE = {
        {"Cash and cash equivalents", 12000, 10000}, {"Accounts receivable", 8000, 7000}, {"Inventories", 6000, 5000},
        {"Total current assets", 26000, 22000}, {"Property, plant and equipment", 30000, 29000},
        {"Intangible assets", 4000, 4000}, {"Total non-current assets", 34000, 33000}, {"Total assets", 60000, 55000},
        {"Short-term borrowings", 5000, 6000}, {"Accounts payable", 7000, 6000}, {"Total current liabilities", 12000, 12000},
        {"Long-term borrowings", 13000, 11000}, {"Total non-current liabilities", 13000, 11000},
        {"Total liabilities", 25000, 23000}, {"Share capital", 20000, 20000}, {"Retained earnings", 15000, 12000},
        {"Total equity", 35000, 32000}, {"Total liabilities and equity", 60000, 55000},
    };

    private SampleWorkbooks() {
    }

    /** The usual Chinese layout: side-by-side balance sheet, 本期金额/上期金额, unit 万元, USCC in the heading. */
    public static Workbook chineseSideBySide() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet bs = wb.createSheet("资产负债表");
        row(bs, 0, "资产负债表");
        row(bs, 1, "编制单位：深圳华信电子科技有限公司", null, "2025年12月31日", null, null, "单位：万元");
        row(bs, 2, "统一社会信用代码：91440300708461136T");
        row(bs, 3, "资产", "行次", "期末余额", "年初余额", "负债和所有者权益（或股东权益）", "行次", "期末余额", "年初余额");
        int rows = Math.max(ASSETS.length, LIABILITIES.length);
        for (int i = 0; i < rows; i++) {
            Object[] a = i < ASSETS.length ? ASSETS[i] : new Object[3];
            Object[] l = i < LIABILITIES.length ? LIABILITIES[i] : new Object[3];
            row(bs, 4 + i, a[0], i + 1, a[1], a[2], l[0], i + 40, l[1], l[2]);
        }
        statement(wb, "利润表", "本期金额", "上期金额", INCOME);
        statement(wb, "现金流量表", "本期金额", "上期金额", CASH);
        return wb;
    }

    /** English sheet names, one label column, amounts in RMB thousand under year headers. */
    public static Workbook englishSingleColumn() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet bs = wb.createSheet("Balance Sheet");
        row(bs, 0, "Statement of financial position as at 31 December 2025");
        row(bs, 1, "Unit: RMB thousand");
        row(bs, 2, "Item", "2025", "2024");
        for (int i = 0; i < ENGLISH_BALANCE.length; i++) {
            row(bs, 3 + i, ENGLISH_BALANCE[i]);
        }
        Sheet is = wb.createSheet("Income Statement");
        row(is, 0, "Unit: RMB thousand");
        row(is, 1, "Item", "Current year", "Prior year");
        String[] en = {"Revenue", "Less: Cost of sales", "Taxes and surcharges", "Selling expenses", "Administrative expenses",
            "Research and development expenses", "Finance costs", "Of which: Interest expense", "Operating profit",
            "Add: Non-operating income", "Less: Non-operating expenses", "Profit before tax", "Less: Income tax expense", "Net profit"};
        for (int i = 0; i < INCOME.length; i++) {
            row(is, 2 + i, en[i], ((Integer) INCOME[i][1]) * 10, ((Integer) INCOME[i][2]) * 10);
        }
        return wb;
    }

    /**
     * The sample's amounts laid out as the official English translation of the Chinese format writes
     * its labels: numbering "I." to "VI.", "Less:" / "Add:" / "Including:", remarks such as (loss is
     * listed with "-"), names with their alternative in brackets, plural forms, unit RMB 10 thousand.
     */
    public static Workbook officialEnglish() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet bs = wb.createSheet("Balance Sheet");
        row(bs, 0, "Balance Sheet");
        row(bs, 1, "31 December 2025", null, "Unit: RMB 10 thousand");
        row(bs, 2, "Items", "Closing balance", "Opening balance");
        Object[][] balance = {
            {"Current assets:", null, null}, {"Monetary funds", 1200, 1000}, {"Accounts receivables", 800, 700},
            {"Inventory", 600, 500}, {"Total current assets", 2600, 2200}, {"Non-current assets:", null, null},
            {"Fixed asset", 3000, 2900}, {"Intangible asset", 400, 400}, {"Total non-current assets", 3400, 3300},
            {"Total assets", 6000, 5500}, {"Current liabilities:", null, null}, {"Short-term borrowing", 500, 600},
            {"Accounts payables", 700, 600}, {"Total current liabilities", 1200, 1200}, {"Non-current liabilities:", null, null},
            {"Long-term borrowing", 1300, 1100}, {"Total non-current liabilities", 1300, 1100}, {"Total liabilities", 2500, 2300},
            {"Owners' equity (or shareholders' equity):", null, null}, {"Paid-in capital (or share capital)", 2000, 2000},
            {"Undistributed profit", 1500, 1200}, {"Total owners' equity (or shareholders' equity)", 3500, 3200},
            {"Total liabilities and owners' equity (or shareholders' equity)", 6000, 5500},
        };
        for (int i = 0; i < balance.length; i++) {
            row(bs, 3 + i, balance[i]);
        }
        Sheet is = wb.createSheet("Income Statement");
        row(is, 0, "Income Statement");
        row(is, 1, "Year 2025", null, "Unit: RMB 10 thousand");
        row(is, 2, "Items", "Amount for the current period", "Amount for the prior period");
        String[] en = {"I. Total operating revenue", "Less: Operating costs", "Taxes and surcharges", "Selling expense",
            "General and administrative expense", "Research and development expense", "Financial expenses",
            "Including: Interest expenses", "II. Operating profit (loss is listed with \"-\")", "Add: Non-operating revenue",
            "Less: Non-operating expenses", "III. Total profit (total loss is listed with \"-\")", "Less: Income tax expenses",
            "IV. Net profit (net loss is listed with \"-\")"};
        for (int i = 0; i < INCOME.length; i++) {
            row(is, 3 + i, en[i], INCOME[i][1], INCOME[i][2]);
        }
        Sheet cf = wb.createSheet("Cash Flow Statement");
        row(cf, 0, "Cash Flow Statement");
        row(cf, 1, "Year 2025", null, "Unit: RMB 10 thousand");
        row(cf, 2, "Items", "Amount for the current period", "Amount for the prior period");
        Object[][] cash = {
            {"I. Cash flows from operating activities:", null, null}, {"Net cash flow from operating activities", 900, 800},
            {"II. Cash flows from investing activities:", null, null},
            {"Cash paid to acquire and construct fixed assets, intangible assets and other long-term assets", 400, 350},
            {"Net cash flows from investing activities", -400, -350}, {"III. Cash flows from financing activities:", null, null},
            {"Net cash flows from financing activities", -300, -200},
            {"V. Net increase in cash and cash equivalents (decrease is listed with \"-\")", 200, 250},
            {"Add: Cash and cash equivalents at the beginning of the period", 1000, 750},
            {"VI. Cash and cash equivalents at the end of the period", 1200, 1000},
        };
        for (int i = 0; i < cash.length; i++) {
            row(cf, 3 + i, cash[i]);
        }
        return wb;
    }

    static void statement(Workbook wb, String name, String current, String prior, Object[][] lines) {
        Sheet sheet = wb.createSheet(name);
        row(sheet, 0, name);
        row(sheet, 1, "2025年度", null, "单位：万元");
        row(sheet, 2, "项目", current, prior);
        for (int i = 0; i < lines.length; i++) {
            row(sheet, 3 + i, lines[i]);
        }
    }

    public static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    public static byte[] bytes(Workbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
