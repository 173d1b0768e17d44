package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.credit.CreditAlertService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.credit.domain.Alert;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.security.UserService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alerts list: amounts in their own columns, filtered by kind and account manager, exported as shown. */
class AlertsViewTest {

    final CreditAlertService monitor = mock(CreditAlertService.class);
    final UserService users = mock(UserService.class);

    @BeforeEach
    void open() {
        ViewTestSupport.open(Locale.ENGLISH);
        when(users.displayName(anyString())).thenAnswer(i -> i.getArgument(0).toString().toUpperCase(Locale.ROOT));
        when(monitor.alerts()).thenReturn(List.of(
                new Alert(Alert.Type.LIMIT_EXCEEDED, 1L, "C00001", "甲公司", "account1", null, new BigDecimal("1200000"),
                        new BigDecimal("1000000"), LocalDate.of(2026, 12, 20), 45, List.of(new BigDecimal("1200000"), new BigDecimal("1000000"))),
                new Alert(Alert.Type.NO_CREDIT_OPEN, 2L, "C00002", "乙公司", "account2", null, new BigDecimal("8000"), null, null, 0,
                        List.of(new BigDecimal("8000"))),
                new Alert(Alert.Type.REVIEW_DUE, 3L, "C00003", "丙公司", "account1", LocalDate.of(2026, 12, 20), null, new BigDecimal("500000"),
                        null, null, List.of(LocalDate.of(2026, 12, 20)))));
    }

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void the_amounts_have_their_own_sortable_columns_and_the_owner_filter_narrows_the_list() {
        AlertsView view = new AlertsView(monitor, users);
        assertThat(view.grid.getColumnByKey("open").isSortable()).isTrue();
        assertThat(view.grid.getColumnByKey("excess").isSortable()).isTrue();
        assertThat(view.shown()).hasSize(3);
        // the limit column shows a temporary limit in force with its last day (CreditText.limit)
        Alert temporary = view.shown().get(0);
        assertThat(CreditText.limit(view, temporary.limit(), temporary.limitUntil())).isEqualTo("1,000,000.00 (temporary until "
                + com.creditwb.workbench.common.i18n.Formats.date(LocalDate.of(2026, 12, 20), Locale.ENGLISH) + ")");
        Alert decided = view.shown().get(2);
        assertThat(CreditText.limit(view, decided.limit(), decided.limitUntil())).isEqualTo("500,000.00");
        view.owner.setValue("account1");
        assertThat(view.shown()).extracting(Alert::customerCode).containsExactly("C00001", "C00003");
        view.type.setValue(Alert.Type.NO_CREDIT_OPEN);
        assertThat(view.shown()).isEmpty();
        view.owner.clear();
        assertThat(view.shown()).extracting(Alert::customerCode).containsExactly("C00002");
    }

    @Test
    void the_export_holds_the_shown_alerts_with_amounts_as_numbers() throws Exception {
        AlertsView view = new AlertsView(monitor, users);
        view.owner.setValue("account1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.writeShown(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Credit alerts");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Open");
            var first = sheet.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Limit exceeded");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("C00001");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("ACCOUNT1");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1_200_000.0);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(200_000.0); // excess: 1,200,000 − 1,000,000
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(45.0);
            assertThat(first.getCell(10).getLocalDateTimeCellValue().toLocalDate()).as("the temporary limit's last day")
                    .isEqualTo(LocalDate.of(2026, 12, 20));
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("C00003");
            assertThat(sheet.getRow(5) == null).as("no third row").isTrue();
        }
    }
}
