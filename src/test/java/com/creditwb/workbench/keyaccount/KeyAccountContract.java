package com.creditwb.workbench.keyaccount;

import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.export.ExportTemplates;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport;
import com.creditwb.workbench.keyaccount.plan.ActionStatus;
import com.creditwb.workbench.keyaccount.plan.Attitude;
import com.creditwb.workbench.keyaccount.plan.KeyAccountPlan;
import com.creditwb.workbench.keyaccount.plan.LoyaltyMeasure;
import com.creditwb.workbench.keyaccount.plan.ObjectiveKind;
import com.creditwb.workbench.keyaccount.plan.PlanForm;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.keyaccount.plan.PlanState;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Economics, plans and the Excel export that must hold on every database: run by {@link KeyAccountH2Test}
 * and {@link KeyAccountPostgresTest}.
 */
abstract class KeyAccountContract {

    static final String AM = "ACCOUNT_MANAGER";

    @Autowired
    KeyAccountService keyAccounts;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;
    @Autowired
    PlanService plans;
    @Autowired
    KeyAccountExport export;
    @Autowired
    CustomerService customers;

    Customer customer(String owner) {
        Customer c = TestCustomers.fresh("KA", "大客户测试有限公司");
        c.setOwner(owner);
        return SystemAuthentication.call(() -> customers.create(c));
    }

    static AccountEconomics year(int y, String revenue) {
        BigDecimal r = new BigDecimal(revenue);
        // cost of goods 60 %, variable cost to serve 5 %, fixed 10 %: profit contribution 25 % of revenue
        return new AccountEconomics(y, r, r.multiply(new BigDecimal("0.60")), r.multiply(new BigDecimal("0.05")),
                r.multiply(new BigDecimal("0.10")), 0.4, 12, 6);
    }

    static PlanForm form(PlanForm base, String title) {
        return new PlanForm(title, "profile", base.currentLevel(), null, "=resources", "+risks", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 1),
                List.of(new PlanForm.Objective(ObjectiveKind.REVENUE, new BigDecimal("5000000"), LocalDate.of(2026, 12, 31), null),
                        new PlanForm.Objective(ObjectiveKind.MARGIN, new BigDecimal("0.25"), LocalDate.of(2026, 12, 31), "@margin")),
                List.of(new PlanForm.Action(LoyaltyMeasure.SENIOR_VISITS, null, "account1", LocalDate.of(2020, 1, 15), new BigDecimal("20000"),
                        ActionStatus.PLANNED),
                        new PlanForm.Action(null, "-custom visit", "account1", LocalDate.of(2099, 3, 1), null, ActionStatus.PLANNED)),
                List.of(new PlanForm.Contact("王总", "总经理", ContactRole.DECISION_MAKER, Attitude.SUPPORTIVE, "=HYPERLINK(\"x\")")));
    }

    @Test
    void economics_are_saved_with_their_profit_contribution_and_a_stale_copy_is_refused() {
        Customer c = customer("account1");
        as("account1", AM, () -> {
            economicsService.saveYear(c.getId(), year(2025, "1000000"), null);
            return null;
        });
        List<AccountEconomics> years = as("credit1", "CREDIT_MANAGER", () -> economicsService.economics(c.getId()));
        // 1,000,000 − 600,000 − 50,000 − 100,000 = 250,000
        assertThat(years.get(0).profitContribution()).isEqualByComparingTo("250000");
        Long version = as("account1", AM, () -> economicsService.economicsVersions(c.getId()).get(2025));
        as("account1", AM, () -> {
            economicsService.saveYear(c.getId(), year(2025, "1200000"), version);
            return null;
        });
        assertThatThrownBy(() -> as("account1", AM, () -> {
            economicsService.saveYear(c.getId(), year(2025, "1300000"), version);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as("account2", AM, () -> {
            economicsService.saveYear(c.getId(), year(2024, "1"), null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        // deleting takes the version read as well: a stale one is refused and the year stays
        assertThatThrownBy(() -> as("account1", AM, () -> {
            economicsService.deleteYear(c.getId(), 2025, version);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThat(as("account1", AM, () -> economicsService.economics(c.getId())).get(0).revenue()).isEqualByComparingTo("1200000");
    }

    @Test
    void an_economics_workbook_with_one_bad_cell_stores_nothing_and_names_the_cell() throws Exception {
        Customer c = customer("account1");
        byte[] bad = workbook(c.getCode(), "2025", "abc");
        EconomicsPreview preview = as("finance1", "FINANCE", () -> economicsService.preview(bad, "bad.xlsx"));
        assertThat(preview.storable()).isFalse();
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.sheet()).isEqualTo("Economics");
            assertThat(p.cell()).isEqualTo("C3");
            assertThat(p.code()).isEqualTo("notANumber");
        });
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> economicsService.confirm(preview))).isInstanceOf(ImportRejectedException.class);
        assertThat(as("finance1", "FINANCE", () -> economicsService.economics(c.getId()))).isEmpty();

        byte[] good = workbook(c.getCode(), "2025", "800000");
        EconomicsPreview ok = as("finance1", "FINANCE", () -> economicsService.preview(good, "good.xlsx"));
        assertThat(ok.problems()).isEmpty();
        assertThat(as("finance1", "FINANCE", () -> economicsService.confirm(ok))).isEqualTo(2);
        assertThat(as("finance1", "FINANCE", () -> economicsService.economics(c.getId()))).extracting(AccountEconomics::year).containsExactly(2024, 2025);
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> economicsService.preview("not a workbook".getBytes(), "x.xlsx")))
                .isInstanceOf(ExcelException.class);
        EconomicsPreview notMine = as("account2", AM, () -> economicsService.preview(good, "good.xlsx"));
        assertThat(notMine.problems()).extracting(p -> p.code()).contains("economics.notYours");
    }

    /** Header in row 1; 2024 with revenue 500,000 in row 2, the given year with the given revenue text in row 3 (C3). */
    static byte[] workbook(String code, String year, String revenue) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Economics");
            String[] head = {"Customer code", "Year", "Revenue", "Cost of goods", "Variable cost to serve", "Fixed cost to serve", "Share of wallet"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Object[][] rows = {{code, 2024.0, 500000.0, 300000.0, 20000.0, 30000.0, 0.3}, {code, Double.valueOf(year), revenue, 1.0, 1.0, 1.0, 35.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    Object v = rows[r][i];
                    if (v instanceof Double d) {
                        row.createCell(i).setCellValue(d);
                    } else if (v instanceof String t && t.matches("[0-9.]+")) {
                        row.createCell(i).setCellValue(Double.parseDouble(t));
                    } else {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_plan_goes_from_draft_to_active_to_closed_with_its_figures_frozen_and_stale_copies_refused() {
        Customer c = customer("account1");
        as("account1", AM, () -> {
            economicsService.saveYear(c.getId(), year(2025, "1000000"), null);
            return null;
        });
        KeyAccountPlan draft = as("account1", AM, () -> plans.create(c.getId()));
        assertThat(draft.getState()).isEqualTo(PlanState.DRAFT);
        // another account manager's plan is "not found" to them, like an unknown one
        assertThatThrownBy(() -> as("account2", AM, () -> plans.save(draft.getId(), draft.getVersion(), form(draft.toForm(), "x"))))
                .isInstanceOf(com.creditwb.workbench.common.NotFoundException.class);
        KeyAccountPlan saved = as("account1", AM, () -> plans.save(draft.getId(), draft.getVersion(), form(draft.toForm(), "计划一")));
        assertThat(saved.getActions()).hasSize(2);
        assertThatThrownBy(() -> as("account1", AM, () -> plans.save(draft.getId(), draft.getVersion(), form(draft.toForm(), "stale"))))
                .isInstanceOf(ConcurrentEditException.class);
        ValidationException invalid = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, () -> as("account1", AM,
                () -> plans.save(saved.getId(), saved.getVersion(), saved.toForm().withRows(List.of(), List.of(new PlanForm.Action(null, null,
                        "account1", null, null, ActionStatus.PLANNED)), List.of()))));
        assertThat(invalid.getErrors()).extracting(ValidationException.FieldError::field).contains("actions[0].title", "actions[0].dueDate");

        KeyAccountPlan active = as("account1", AM, () -> plans.activate(saved.getId(), saved.getVersion()));
        assertThat(active.getState()).isEqualTo(PlanState.ACTIVE);
        assertThat(active.getFrozen()).contains("\"currentValue\":250000");
        // no credit decision: the frozen credit part says "not assessed" (no rating)
        assertThat(as("credit1", "CREDIT_MANAGER", () -> plans.facts(plans.get(active.getId()))).credit().rating()).isNull();
        assertThatThrownBy(() -> as("account1", AM, () -> plans.save(active.getId(), active.getVersion(), form(active.toForm(), "y"))))
                .isInstanceOf(AccessDeniedException.class);
        // the action due in 2020 is overdue for its owner
        assertThat(as("account1", AM, () -> plans.overdueActions())).anySatisfy(a -> assertThat(a.planId()).isEqualTo(active.getId()));
        KeyAccountPlan tracked = as("account1", AM, () -> plans.setActionStatus(active.getId(), active.getVersion(), 0, ActionStatus.DONE));
        assertThat(tracked.getVersion()).isGreaterThan(active.getVersion());
        assertThat(as("account1", AM, () -> plans.overdueActions())).noneSatisfy(a -> assertThat(a.planId()).isEqualTo(active.getId()));

        KeyAccountPlan next = as("account1", AM, () -> plans.create(c.getId()));
        assertThat(next.getNumber()).isEqualTo(2);
        assertThat(next.getTitle()).isEqualTo("计划一");
        KeyAccountPlan v2 = as("account1", AM, () -> plans.activate(next.getId(), next.getVersion()));
        assertThat(as("account1", AM, () -> plans.plans(c.getId()))).extracting(KeyAccountPlan::getState)
                .containsExactly(PlanState.ACTIVE, PlanState.CLOSED);
        assertThat(as("credit2", "CREDIT_MANAGER", () -> plans.plans(c.getId()))).hasSize(2);
        assertThatThrownBy(() -> as("account2", AM, () -> plans.plans(c.getId()))).isInstanceOf(com.creditwb.workbench.common.NotFoundException.class);
        assertThat(v2.getNumber()).isEqualTo(2);
    }

    @Test
    void the_plan_workbook_keeps_numbers_dates_and_percentages_and_never_writes_user_text_as_a_formula() throws Exception {
        Customer c = customer("account1");
        KeyAccountPlan p = as("account1", AM, () -> {
            economicsService.saveYear(c.getId(), year(2025, "1000000"), null);
            KeyAccountPlan d = plans.create(c.getId());
            return plans.save(d.getId(), d.getVersion(), form(d.toForm(), "=1+1"));
        });
        byte[] bytes = as("account1", AM, () -> export.plan(p.getId(), Locale.ENGLISH));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getSheetName(2)).isEqualTo("Objectives & actions");
            Sheet summary = wb.getSheetAt(0);
            assertThat(text(summary, 0, 0)).isEqualTo("Key-account plan: =1+1");
            Cell resources = find(summary, "Resource allocation");
            assertThat(resources.getCellType()).isEqualTo(CellType.STRING);
            assertThat(resources.getStringCellValue()).isEqualTo("=resources");
            assertThat(resources.getCellStyle().getQuotePrefixed()).isTrue();
            Cell start = find(summary, "Period from");
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            Sheet value = wb.getSheetAt(1);
            assertThat(find(value, "Credit rating").getStringCellValue()).isEqualTo("Not assessed");
            Cell current = find(value, "Current value");
            assertThat(current.getNumericCellValue()).isEqualTo(250000.0);
            Cell margin = find(value, "Margin");
            assertThat(margin.getNumericCellValue()).isEqualTo(0.25);
            assertThat(margin.getCellStyle().getDataFormatString()).contains("%");
            Sheet actions = wb.getSheetAt(2);
            // objectives from row 4: revenue 5,000,000 as a number, margin 25 % as a percentage
            assertThat(actions.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(5_000_000.0);
            assertThat(actions.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(0.25);
            assertThat(actions.getRow(4).getCell(1).getCellStyle().getDataFormatString()).contains("%");
            assertThat(actions.getRow(4).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            Cell custom = find(actions, "-custom visit");
            assertThat(custom.getCellStyle().getQuotePrefixed()).isTrue();
            Sheet contacts = wb.getSheetAt(3);
            assertThat(contacts.getRow(3).getCell(0).getStringCellValue()).isEqualTo("王总");
            assertThat(contacts.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Decision maker");
            assertThat(contacts.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell cell : r) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
        byte[] zh = as("credit1", "CREDIT_MANAGER", () -> export.plan(p.getId(), Locale.SIMPLIFIED_CHINESE));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
            assertThat(wb.getSheetName(0)).isEqualTo("概要");
            assertThat(find(wb.getSheetAt(1), "信用等级").getStringCellValue()).isEqualTo("未评估");
        }
    }

    @Autowired
    com.creditwb.workbench.credit.AssessmentService assessments;
    @Autowired
    com.creditwb.workbench.statement.StatementService statements;

    @Test
    void the_plan_of_a_customer_with_a_credit_decision_exports_in_both_languages() throws Exception {
        // 22 of the 24 demo plans failed here: the workbook asked for risk-class labels that did not exist
        Customer c = com.creditwb.workbench.TestCredit.customerWithStatements(customers, statements, "account1");
        var decision = com.creditwb.workbench.TestCredit.approved(assessments, c);
        KeyAccountPlan p = as("account1", AM, () -> {
            economicsService.saveYear(c.getId(), year(2025, "1000000"), null);
            KeyAccountPlan d = plans.create(c.getId());
            return plans.save(d.getId(), d.getVersion(), form(d.toForm(), "有信用决定的计划"));
        });
        java.util.Map<Locale, String> classLabels = java.util.Map.of(Locale.ENGLISH,
                new org.springframework.context.support.MessageSourceAccessor(new com.creditwb.workbench.common.i18n.MessagesConfig().messageSource())
                        .getMessage(decision.getRiskClass().messageKey(), Locale.ENGLISH),
                Locale.SIMPLIFIED_CHINESE,
                new org.springframework.context.support.MessageSourceAccessor(new com.creditwb.workbench.common.i18n.MessagesConfig().messageSource())
                        .getMessage(decision.getRiskClass().messageKey(), Locale.SIMPLIFIED_CHINESE));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            byte[] bytes = as("account1", AM, () -> export.plan(p.getId(), locale));
            try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet value = wb.getSheetAt(1);
                Cell rating = find(value, locale == Locale.ENGLISH ? "Credit rating" : "信用等级");
                assertThat(rating.getStringCellValue()).isEqualTo(decision.getRating());
                java.util.List<String> texts = new java.util.ArrayList<>();
                for (Sheet sheet : wb) {
                    for (Row r : sheet) {
                        for (Cell cell : r) {
                            if (cell.getCellType() == CellType.STRING) {
                                texts.add(cell.getStringCellValue());
                            }
                        }
                    }
                }
                assertThat(texts).as("risk class in %s", locale).contains(classLabels.get(locale));
                assertThat(texts).noneMatch(t -> t.startsWith("!") || t.startsWith("riskClass."));
            }
        }
    }

    @Test
    void a_restyled_template_with_moved_and_recoloured_cells_is_followed() throws Exception {
        Customer c = customer("account1");
        KeyAccountPlan p = as("account1", AM, () -> {
            KeyAccountPlan d = plans.create(c.getId());
            return plans.save(d.getId(), d.getVersion(), form(d.toForm(), "Restyled"));
        });
        byte[] restyled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExportTemplates.plan())); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            // move the title to E10, recolour it red and add a static line of the company's own
            s.getRow(0).getCell(0).setBlank();
            Row r = s.createRow(9);
            Cell moved = r.createCell(4);
            moved.setCellValue("${plan.title}");
            XSSFCellStyle red = wb.createCellStyle();
            red.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 255, 0, 0}));
            red.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            moved.setCellStyle(red);
            r.createCell(5).setCellValue("Confidential – ACME Ltd.");
            wb.write(out);
            restyled = out.toByteArray();
        }
        byte[] bytes = as("account1", AM, () -> export.plan(p.getId(), Locale.ENGLISH, restyled));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Cell title = wb.getSheetAt(0).getRow(9).getCell(4);
            assertThat(title.getStringCellValue()).isEqualTo("Restyled");
            assertThat(((XSSFCellStyle) title.getCellStyle()).getFillForegroundXSSFColor().getRGB()).containsExactly(255, 0, 0);
            assertThat(wb.getSheetAt(0).getRow(9).getCell(5).getStringCellValue()).isEqualTo("Confidential – ACME Ltd.");
        }
    }

    @Test
    void the_portfolio_streams_the_visible_accounts_and_can_be_cancelled() throws Exception {
        Customer mine = customer("account1");
        Customer theirs = customer("account2");
        as("system", "ADMIN", () -> {
            economicsService.saveYear(mine.getId(), year(2025, "900000"), null);
            economicsService.saveYear(theirs.getId(), year(2025, "700000"), null);
            return null;
        });
        List<KeyAccountService.PortfolioRow> rows = as("account1", AM, () -> export.portfolioRows(null));
        assertThat(rows).extracting(KeyAccountService.PortfolioRow::code).contains(mine.getCode()).doesNotContain(theirs.getCode());
        assertThat(as("credit1", "CREDIT_MANAGER", () -> export.portfolioRows(null))).extracting(KeyAccountService.PortfolioRow::code)
                .contains(mine.getCode(), theirs.getCode());
        assertThatThrownBy(() -> as("credit1", "CREDIT_MANAGER", () -> export.portfolioRows("NO_SUCH"))).isInstanceOf(ValidationException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] seen = new long[1];
        export.writePortfolio(rows, null, Locale.ENGLISH, out, n -> seen[0] = n);
        assertThat(seen[0]).isEqualTo(rows.size());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Key accounts");
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Customer code");
            Row first = find(s, mine.getCode()).getRow();
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(225000.0); // 25 % of 900,000
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(0.25);
            assertThat(first.getCell(6).getCellStyle().getDataFormatString()).contains("%");
        }
        assertThatThrownBy(() -> export.writePortfolio(rows, null, Locale.ENGLISH, new ByteArrayOutputStream(), n -> {
            throw new CancellationException();
        })).isInstanceOf(CancellationException.class);
    }

    @Test
    void identification_suggests_an_outcome_the_manager_may_change() {
        Customer c = customer("account1");
        KeyAccountProfile p = as("account1", AM, () -> profileService.saveIdentification(c.getId(), null, List.of(5, 5, 4, 4, 4, 3), null));
        // (5+5+4+4+4+3) / 30 = 25/30 = 83.3 ≥ 70: suggested key account; not confirmed yet
        assertThat(p.getSuggestedOutcome()).isEqualTo(com.creditwb.workbench.keyaccount.value.Identification.Outcome.YES);
        assertThat(p.getConfirmedOutcome()).isNull();
        KeyAccountProfile confirmed = as("account1", AM, () -> profileService.saveIdentification(c.getId(), p.getVersion(), List.of(5, 5, 4, 4, 4, 3),
                com.creditwb.workbench.keyaccount.value.Identification.Outcome.MAYBE));
        assertThat(confirmed.getConfirmedOutcome()).isEqualTo(com.creditwb.workbench.keyaccount.value.Identification.Outcome.MAYBE);
        assertThat(confirmed.getConfirmedBy()).isEqualTo("account1");
        assertThatThrownBy(() -> as("account1", AM, () -> profileService.saveIdentification(c.getId(), p.getVersion(), List.of(1, 1, 1, 1, 1, 1), null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as("credit1", "CREDIT_MANAGER", () -> profileService.saveIdentification(c.getId(), confirmed.getVersion(),
                List.of(1, 1, 1, 1, 1, 1), null))).isInstanceOf(AccessDeniedException.class);
        TestUsers.run("account1", AM, () -> assertThat(profileService.profile(c.getId()).getAnswers()).containsExactly(5, 5, 4, 4, 4, 3));
    }

    static String text(Sheet s, int r, int c) {
        return s.getRow(r).getCell(c).getStringCellValue();
    }

    /** The cell right of the label (for label/value sheets), or the cell holding the text itself in a table. */
    static Cell find(Sheet s, String label) {
        for (Row r : s) {
            for (Cell cell : r) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                    Cell right = r.getCell(cell.getColumnIndex() + 1);
                    return cell.getColumnIndex() == 0 && right != null && s.getRow(0) != r && r.getRowNum() > 0
                            && !isTable(s, r) ? right : cell;
                }
            }
        }
        throw new AssertionError(label + " not found in " + s.getSheetName());
    }

    private static boolean isTable(Sheet s, Row r) {
        return r.getLastCellNum() > 2;
    }
}
