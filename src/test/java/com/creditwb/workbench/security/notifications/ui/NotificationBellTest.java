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
        when(service.mine()).thenReturn(List.of(n));
        when(service.text(any(), any())).thenReturn("Order SO-1 of 华信 for 150,000.00 CNY was blocked by the credit check.");
        NotificationBell bell = new NotificationBell(service);
        assertThat(bell.count.getText()).isEqualTo("3");
        assertThat(bell.count.isVisible()).isTrue();
        bell.open();
        assertThat(bell.list.getElement().getTextRecursively()).contains("SO-1").contains("blocked");
        when(service.unread()).thenReturn(0L);
        bell.refreshCount();
        assertThat(bell.count.isVisible()).as("nothing unread: no badge").isFalse();
        when(service.emailKinds()).thenReturn(EnumSet.of(NotificationKind.REQUEST_WAITING));
        bell.openSettings();
        verify(service).mailConfigured();
    }
}
