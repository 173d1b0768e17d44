package com.creditwb.workbench.credit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Approvals and reviews: what waits for me apart from my own submissions, filtered by customer, exported as shown. */
class ReviewsViewTest {

    final AssessmentService assessments = mock(AssessmentService.class);
    final CustomerService customers = mock(CustomerService.class);

    static Assessment assessment(long id, long customerId, String author) {
        Assessment a = mock(Assessment.class);
        when(a.getId()).thenReturn(id);
        when(a.getCustomerId()).thenReturn(customerId);
        when(a.getAuthor()).thenReturn(author);
        when(a.getRating()).thenReturn("A");
        when(a.getLimitAmount()).thenReturn(new BigDecimal("800000"));
        when(a.getSubmittedAt()).thenReturn(Instant.parse("2026-11-30T08:00:00Z"));
        return a;
    }

    static CustomerRecord customer(String code, String name) {
        return new CustomerRecord(null, code, name, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @BeforeEach
    void open() {
        ViewTestSupport.open(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void others_submissions_wait_for_me_my_own_wait_for_a_colleague_and_both_export() throws Exception {
        Assessment theirs = assessment(1, 11, "credit2");
        Assessment mine = assessment(2, 12, "credit1");
        when(assessments.canAssess()).thenReturn(true);
        when(assessments.awaitingApproval()).thenReturn(List.of(theirs, mine));
        when(assessments.awaitingMyApproval()).thenReturn(List.of(theirs));
        when(assessments.mySubmissionsAwaiting()).thenReturn(List.of(mine));
        when(assessments.dueForReview()).thenReturn(List.of());
        when(customers.records(any())).thenReturn(Map.of(11L, customer("C00011", "甲公司"), 12L, customer("C00012", "乙公司")));

        ReviewsView view = new ReviewsView(assessments, customers, ViewTestSupport.users());
        assertThat(view.waiting.getListDataView().getItems().toList()).containsExactly(theirs);
        assertThat(view.mine.getListDataView().getItems().toList()).containsExactly(mine);
        view.search.setValue("乙");
        assertThat(view.waiting.getListDataView().getItems().toList()).isEmpty();
        assertThat(view.mine.getListDataView().getItems().toList()).containsExactly(mine);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.write("Waiting", view.shown(List.of(theirs, mine)), false, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("C00012");
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(800_000.0);
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).as("the author by display name").isEqualTo("王信 Wang Xin");
            assertThat(sheet.getRow(4) == null).as("only the customer searched for").isTrue();
        }
    }

    @Test
    void admin_who_approves_nothing_sees_what_waits_for_anyone_not_for_me() {
        Assessment theirs = assessment(1, 11, "credit2");
        when(assessments.canAssess()).thenReturn(false);
        when(assessments.awaitingApproval()).thenReturn(List.of(theirs));
        when(assessments.mySubmissionsAwaiting()).thenReturn(List.of());
        when(assessments.dueForReview()).thenReturn(List.of());
        when(customers.records(any())).thenReturn(Map.of(11L, customer("C00011", "甲公司")));
        ReviewsView view = new ReviewsView(assessments, customers, ViewTestSupport.users());
        assertThat(view.getElement().getTextRecursively()).contains("Waiting for approval (1)").doesNotContain("Waiting for my approval");
    }
}
