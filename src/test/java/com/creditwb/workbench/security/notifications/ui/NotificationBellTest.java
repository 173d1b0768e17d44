package com.creditwb.workbench.security.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.security.notifications.Notification;
import com.creditwb.workbench.security.notifications.NotificationKind;
import com.creditwb.workbench.security.notifications.NotificationService;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bell built directly with a mocked service (no browser). */
class NotificationBellTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void the_bell_counts_the_unread_lists_them_and_marks_all_read() {
        ViewTestSupport.open(Locale.ENGLISH);
        NotificationService service = mock(NotificationService.class);
        when(service.unread()).thenReturn(3L);
        Notification n = mock(Notification.class);
        when(n.getId()).thenReturn(9L);
        when(n.getKind()).thenReturn(NotificationKind.DOCUMENT_BLOCKED);
        when(n.getCreatedAt()).thenReturn(java.time.Instant.parse("2026-12-01T08:00:00Z"));
        when(n.needsAction()).thenReturn(true);
        // a second one whose document was released meanwhile: handled, shown as such and not in bold
        Notification handled = mock(Notification.class);
        when(handled.getId()).thenReturn(8L);
        when(handled.getKind()).thenReturn(NotificationKind.DOCUMENT_BLOCKED);
        when(handled.getCreatedAt()).thenReturn(java.time.Instant.parse("2026-11-30T08:00:00Z"));
        when(handled.getResolvedAt()).thenReturn(java.time.Instant.parse("2026-11-30T09:00:00Z"));
        when(service.mine()).thenReturn(List.of(n, handled));
        when(service.text(any(), any())).thenAnswer(i -> ((Notification) i.getArgument(0)).getId() == 9L ? "SO-1 blocked" : "SO-0 blocked");
        NotificationBell bell = new NotificationBell(service);
        assertThat(bell.count.getText()).isEqualTo("3");
        assertThat(bell.count.isVisible()).isTrue();
        bell.open();
        var items = bell.list.getChildren().toList();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getElement().getTextRecursively()).contains("SO-1 blocked").doesNotContain("handled");
        assertThat(items.get(0).getElement().getStyle().get("font-weight")).isEqualTo("600");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("SO-0 blocked").contains("handled");
        assertThat(items.get(1).getElement().getStyle().get("font-weight")).isEqualTo("normal");
        when(service.unread()).thenReturn(0L);
        bell.refreshCount();
        assertThat(bell.count.isVisible()).as("nothing unread: no badge").isFalse();
        when(service.emailKinds()).thenReturn(EnumSet.of(NotificationKind.REQUEST_WAITING));
    }
}
