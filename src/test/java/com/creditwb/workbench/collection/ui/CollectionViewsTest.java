package com.creditwb.workbench.collection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.TestClockConfig;
import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.collection.CollectorService;
import com.creditwb.workbench.collection.OpenItemService;
import com.creditwb.workbench.collection.PromiseService;
import com.creditwb.workbench.collection.WorklistService;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worklist page and the promise dialog built directly, with the services' answers as real records (no browser). */
class CollectionViewsTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    static WorklistService.Row row(long id, String code, String collector, String overdue, long days, long priority) {
        Map<Aging.Bucket, BigDecimal> buckets = new EnumMap<>(Aging.Bucket.class);
        for (Aging.Bucket b : Aging.Bucket.values()) {
            buckets.put(b, BigDecimal.ZERO);
        }
        buckets.put(Aging.Bucket.D31_60, new BigDecimal(overdue));
        return new WorklistService.Row(id, code, "客户" + code, collector, new BigDecimal(overdue), buckets, days, "HIGH", 0, 1, BigDecimal.ZERO,
                TestClockConfig.DATE.minusDays(2), "call again", TestClockConfig.DATE.plusDays(1), priority);
    }

    static com.creditwb.workbench.collection.WorklistPages.Page page(WorklistService.Row... rows) {
        return new com.creditwb.workbench.collection.WorklistPages.Page(List.of(rows), rows.length, TestClockConfig.TODAY);
    }

    @Test
    void a_collector_opens_on_their_own_customers_and_sees_everyones_with_the_collector_column() {
        ViewTestSupport.open(Locale.ENGLISH);
        WorklistService worklist = mock(WorklistService.class);
        CurrentUser me = mock(CurrentUser.class);
        when(me.username()).thenReturn("credit1");
        when(worklist.collects()).thenReturn(true);
        com.creditwb.workbench.collection.WorklistPages pages = mock(com.creditwb.workbench.collection.WorklistPages.class);
        when(pages.page(new WorklistService.Filter("credit1", null, 0), 0, Integer.MAX_VALUE)).thenReturn(page(row(1, "C1", "credit1", "40000", 45, 3600)));
        when(pages.page(new WorklistService.Filter(null, null, 0), 0, Integer.MAX_VALUE)).thenReturn(page(row(1, "C1", "credit1", "40000", 45, 3600),
                row(2, "C2", "credit2", "1000", 10, 20)));
        when(pages.page(new WorklistService.Filter(null, null, 30), 0, Integer.MAX_VALUE)).thenReturn(page());
        WorklistView view = new WorklistView(worklist, pages, ViewTestSupport.users(), me, mock(CollectorService.class));
        assertThat(view.mine.getValue()).isTrue();
        assertThat(view.count.getText()).isEqualTo("1 customers");
        assertThat(view.grid.getColumns().stream().filter(c -> !c.isVisible()).count()).as("the collector column, hidden on one's own list").isEqualTo(1);
        view.mine.setValue(false);
        assertThat(view.count.getText()).isEqualTo("2 customers");
        assertThat(view.grid.getColumns()).allMatch(c -> c.isVisible());
        view.minDays.setValue(30);
        verify(pages).page(new WorklistService.Filter(null, null, 30), 0, Integer.MAX_VALUE);
        assertThat(view.settings.isVisible()).as("only ADMIN sets the collection settings").isFalse();
    }

    @Test
    void a_refused_promise_keeps_the_dialog_open_with_the_reason_on_its_field() {
        ViewTestSupport.open(Locale.ENGLISH);
        PromiseService promises = mock(PromiseService.class);
        when(promises.promise(eq(7L), any())).thenThrow(ValidationException.of("date", "A date from today to a year ahead"));
        List<OpenItemService.Item> open = List.of(new OpenItemService.Item("INV-1", OpenItemService.Origin.AGING_LIST, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1), new BigDecimal("5000"), "CNY", new BigDecimal("5000"), 61, List.of()));
        boolean[] saved = {false};
        PromiseDialog dialog = new PromiseDialog(7L, open, promises, ViewTestSupport.CLOCK, () -> saved[0] = true);
        dialog.open();
        dialog.amount.setValue(new BigDecimal("5000"));
        dialog.items.setValue(java.util.Set.of("INV-1"));
        dialog.primary().click();
        assertThat(saved[0]).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage()).isEqualTo("A date from today to a year ahead");
        assertThat(dialog.amount.getValue()).as("nothing typed is lost").isEqualByComparingTo("5000");
        verify(promises).promise(eq(7L), eq(new PromiseService.PromiseCommand(new BigDecimal("5000"), null, List.of("INV-1"), "", "")));
    }
}
