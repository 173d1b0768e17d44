package com.creditwb.workbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user is found by a part of the login name or of the display name. */
class UserPickerTest {

    final Map<String, String> names = Map.of("credit1", "王信 Wang Xin", "credit2", "李诚 Li Cheng");

    @Test
    void found_by_login_or_display_name_in_any_case() {
        assertThat(UserPicker.matches("credit1", names, "CREDIT1")).isTrue();
        assertThat(UserPicker.matches("credit1", names, "王信")).isTrue();
        assertThat(UserPicker.matches("credit1", names, "wang")).isTrue();
        assertThat(UserPicker.matches("credit2", names, "wang")).isFalse();
        assertThat(UserPicker.matches("credit2", names, " ")).isTrue();
    }
}
