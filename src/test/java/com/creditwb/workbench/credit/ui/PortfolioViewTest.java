package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.credit.CreditPortfolioService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.security.UserService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The credit portfolio page opens, follows its filters and exports the decided customers they take in. */
class PortfolioViewTest {

    final CreditPortfolioService monitor = mock(CreditPortfolioService.class);
    final ReceivableService receivables = mock(ReceivableService.class);
    final UserService users = mock(UserService.class);

    @BeforeEach
    void open() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        var line = new CreditPortfolioService.TopExposure(1L, "C00001", "甲公司", "A", RiskClass.LOW, new BigDecimal("300000"),
                new BigDecimal("1000000"), 0.3, null);
        when(monitor.portfolio(anyInt(), any())).thenReturn(new CreditPortfolioService.Portfolio(LocalDate.of(2026, 11, 30),
                Map.of("A", new CreditPortfolioService.Group(1, new BigDecimal("1000000"), new BigDecimal("300000"))),
                Map.of(RiskClass.LOW, new CreditPortfolioService.Group(1, new BigDecimal("1000000"), new BigDecimal("300000"))),
                List.of(line), new BigDecimal("1000000"), new BigDecimal("300000"), 0, List.of(line)));
        when(receivables.dsoTrend(anyInt())).thenReturn(List.of());
        when(users.accountManagers()).thenReturn(List.of(new UserService.UserSummary("account1", "张客")));
        when(users.displayName(anyString())).thenReturn("张客");
    }

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void the_filters_ask_the_service_and_the_export_holds_the_lines() throws Exception {
        PortfolioView view = new PortfolioView(monitor, receivables, users);
        view.owner.setValue("account1");
        view.riskClass.setValue(RiskClass.LOW);
        verify(monitor).portfolio(20, new CreditPortfolioService.PortfolioFilter(null, null, "account1", RiskClass.LOW));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.writeLines(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = wb.getSheetAt(0).getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("C00001");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("低风险");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1_000_000.0);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(0.3);
        }
    }
}
