package com.creditwb.workbench.security.ui;

import com.creditwb.workbench.security.UserService.UserSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way to pick users: the box holds user names, shows each person by display name, and finds them by either —
 * typing "wang" or "王信" finds credit1 as well as typing "credit1".
 */
public final class UserPicker {

    private UserPicker() {
    }

    public static void bind(ComboBox<String> box, List<UserSummary> users) {
        Map<String, String> names = names(users);
        box.setItems((username, filter) -> matches(username, names, filter), List.copyOf(names.keySet()));
        box.setItemLabelGenerator(u -> names.getOrDefault(u, u));
    }

    public static void bind(MultiSelectComboBox<String> box, List<UserSummary> users) {
        Map<String, String> names = names(users);
        box.setItems((username, filter) -> matches(username, names, filter), List.copyOf(names.keySet()));
        box.setItemLabelGenerator(u -> names.getOrDefault(u, u));
    }

    /** Whether the user is found by the text typed: a part of the login name or of the display name, case-insensitive. */
    static boolean matches(String username, Map<String, String> names, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return username.toLowerCase(Locale.ROOT).contains(f) || names.getOrDefault(username, "").toLowerCase(Locale.ROOT).contains(f);
    }

    private static Map<String, String> names(List<UserSummary> users) {
        Map<String, String> names = new LinkedHashMap<>();
        users.forEach(u -> names.put(u.username(), u.displayName() == null || u.displayName().isBlank() ? u.username() : u.displayName()));
        return names;
    }
}
