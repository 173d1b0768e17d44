package com.creditwb.workbench.keyaccount.export;

import com.creditwb.workbench.common.excel.TemplateSheets;
import com.creditwb.workbench.common.excel.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The standard export templates, {@code key-account-plan.xlsx} and {@code key-account-portfolio.xlsx}: only
 * markers, no words — labels are {@code ${t.…}} markers filled in the user's language, values {@code ${…}}
 * markers. The copies in {@code templates/} were written by {@link #main} and may be restyled freely; a
 * restyled copy there is used instead of these.
 */
public final class ExportTemplates {

    public static final String PLAN = "key-account-plan.xlsx";
    public static final String PORTFOLIO = "key-account-portfolio.xlsx";

    private ExportTemplates() {
    }

    public static byte[] plan() {
        return Templates.restyledOr(PLAN, ExportTemplates::standardPlan);
    }

    public static byte[] portfolio() {
        return Templates.restyledOr(PORTFOLIO, ExportTemplates::standardPortfolio);
    }

    /** Writes the standard templates into the folder given (the project's {@code templates/}). */
    public static void main(String[] args) throws IOException {
        Templates.writeStandard(args, java.util.Map.of(PLAN, ExportTemplates::standardPlan, PORTFOLIO, ExportTemplates::standardPortfolio));
    }

    static byte[] standardPlan() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TemplateSheets.Styles s = new TemplateSheets.Styles(wb);
            int[] two = {28, 60};
            Sheet summary = TemplateSheets.sheet(wb, s, "sheetSummary", "${t.planTitle}: ${plan.title}", two);
            int row = TemplateSheets.pairs(summary, s, 2, List.of(
                    new String[] {"customerCode", "customer.code"}, new String[] {"customerName", "customer.name"},
                    new String[] {"industry", "customer.industry"}, new String[] {"region", "customer.region"},
                    new String[] {"planVersion", "plan.number"}, new String[] {"state", "plan.state"},
                    new String[] {"owner", "plan.owner"}, new String[] {"periodStart", "plan.periodStart", "d"},
                    new String[] {"periodEnd", "plan.periodEnd", "d"}, new String[] {"nextReview", "plan.nextReview", "d"},
                    new String[] {"activatedAt", "plan.activatedAt", "d"}, new String[] {"currentLevel", "plan.currentLevel"},
                    new String[] {"targetLevel", "plan.targetLevel"}, new String[] {"kotlerLevel", "value.kotlerLevel"},
                    new String[] {"profile", "plan.profile"}, new String[] {"resources", "plan.resources"},
                    new String[] {"risks", "plan.risks"}));
            TemplateSheets.pairs(summary, s, row + 1, List.<String[]>of(new String[] {"exportedAt", "exportedAt", "d"}, new String[] {"exportedBy", "exportedBy"}));

            Sheet value = TemplateSheets.sheet(wb, s, "sheetValueCredit", "${t.valueCredit}", two);
            row = TemplateSheets.pairs(value, s, 2, List.of(
                    new String[] {"figuresAsOf", "figuresAsOf"},
                    new String[] {"rating", "credit.rating"}, new String[] {"riskClass", "credit.riskClass"},
                    new String[] {"limit", "credit.limit", "a"}, new String[] {"currency", "credit.currency"},
                    new String[] {"terms", "credit.terms"}, new String[] {"creditReview", "credit.nextReview", "d"},
                    new String[] {"exposure", "credit.exposure", "a"}, new String[] {"exposureAsOf", "credit.exposureAsOf", "d"},
                    new String[] {"utilisation", "credit.utilisation", "p"}));
            TemplateSheets.pairs(value, s, row + 1, List.of(
                    new String[] {"year", "value.year"}, new String[] {"revenue", "value.revenue", "a"},
                    new String[] {"currentValue", "value.currentValue", "a"}, new String[] {"margin", "value.margin", "p"},
                    new String[] {"shareOfWallet", "value.shareOfWallet", "p"}, new String[] {"npv", "value.npv", "a"},
                    new String[] {"indicatorScore", "value.indicatorScore", "n"}, new String[] {"potentialScore", "value.potentialScore", "n"},
                    new String[] {"quadrant", "value.quadrant"}, new String[] {"strategyRelationship", "value.relationship"},
                    new String[] {"strategyResources", "value.resources"}, new String[] {"tier", "value.tier"},
                    new String[] {"paretoRevenue", "value.paretoRevenue"}, new String[] {"paretoProfit", "value.paretoProfit"},
                    new String[] {"loyalty", "value.loyalty"}, new String[] {"profitability", "value.profitability"},
                    new String[] {"galeValue", "value.gale", "n"}, new String[] {"identification", "value.identification"}));
            TemplateSheets.pairs(value, s, value.getLastRowNum() + 2, List.of(
                    new String[] {"serviceRound", "service.round"}, new String[] {"servqual", "service.servqual", "n"},
                    new String[] {"csi", "service.csi", "n"}, new String[] {"nps", "service.nps", "n"},
                    new String[] {"csiTrend", "service.csiTrend"}, new String[] {"openComplaints", "service.openComplaints"},
                    new String[] {"overdueComplaints", "service.overdueComplaints"}));

            Sheet actions = TemplateSheets.sheet(wb, s, "sheetActions", "${t.objectives}", new int[] {22, 36, 18, 16, 16, 16});
            row = TemplateSheets.table(actions, s, 2, "objectives", List.of(new String[] {"objectiveKind", "kind"},
                    new String[] {"target", "target", "a"}, new String[] {"targetDate", "targetDate", "d"}, new String[] {"note", "note"}));
            Row head = actions.createRow(row + 1);
            head.createCell(0).setCellValue("${t.actions}");
            head.getCell(0).setCellStyle(s.title);
            TemplateSheets.table(actions, s, row + 2, "actions", List.of(new String[] {"actionOwner", "owner"}, new String[] {"action", "what"},
                    new String[] {"dueDate", "dueDate", "d"}, new String[] {"budget", "budget", "a"}, new String[] {"status", "status"},
                    new String[] {"overdue", "overdue"}));

            Sheet contacts = TemplateSheets.sheet(wb, s, "sheetContacts", "${t.contacts}", new int[] {20, 22, 18, 16, 40});
            TemplateSheets.table(contacts, s, 2, "contacts", List.of(new String[] {"contactName", "name"}, new String[] {"jobTitle", "jobTitle"},
                    new String[] {"role", "role"}, new String[] {"attitude", "attitude"}, new String[] {"note", "note"}));

            Sheet negotiations = TemplateSheets.sheet(wb, s, "sheetNegotiations", "${t.negotiations}", new int[] {16, 40, 18, 40});
            row = TemplateSheets.table(negotiations, s, 2, "negotiations", List.of(new String[] {"negotiationDate", "date", "d"},
                    new String[] {"negotiationSubject", "subject"}, new String[] {"negotiationStage", "stage"},
                    new String[] {"negotiationOutcome", "outcome"}));
            Row note = negotiations.createRow(row + 1);
            note.createCell(0).setCellValue("${negotiationsNote}");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] standardPortfolio() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TemplateSheets.Styles s = new TemplateSheets.Styles(wb);
            Sheet sheet = TemplateSheets.sheet(wb, s, "sheetPortfolio", "${t.portfolioTitle}", new int[] {12, 30, 12, 8, 16, 16, 10, 16, 10, 16, 10, 10,
                    10, 14, 14, 14, 14, 12});
            Row info = sheet.createRow(1);
            info.createCell(0).setCellValue("${t.segment}: ${segment} · ${t.accounts}: ${count} · ${t.exportedAt}: ${exportedAtText}");
            TemplateSheets.table(sheet, s, 3, "rows", List.of(new String[] {"customerCode", "code"}, new String[] {"customerName", "name"},
                    new String[] {"owner", "owner"}, new String[] {"year", "year"}, new String[] {"revenue", "revenue", "a"},
                    new String[] {"currentValue", "currentValue", "a"}, new String[] {"margin", "margin", "p"},
                    new String[] {"npv", "npv", "a"}, new String[] {"potentialScore", "potentialScore", "n"},
                    new String[] {"quadrant", "quadrant"}, new String[] {"tier", "tier"}, new String[] {"paretoRevenue", "paretoRevenue"},
                    new String[] {"paretoProfit", "paretoProfit"}, new String[] {"loyalty", "loyalty"},
                    new String[] {"profitability", "profitability"}, new String[] {"kotlerLevel", "kotlerLevel"},
                    new String[] {"currentLevel", "currentLevel"}, new String[] {"identification", "keyAccount"}));
            sheet.createFreezePane(2, 4);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
