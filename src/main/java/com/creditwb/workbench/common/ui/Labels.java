package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.i18n.Labelled;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;

/** Translated labels for enumerations and the fields that pick them. */
public final class Labels {

    private Labels() {
    }

    public static String of(Component context, Labelled value) {
        return value == null ? "" : context.getTranslation(value.messageKey());
    }

    public static <E extends Enum<E> & Labelled> ComboBox<E> comboBox(Component context, String labelKey, Class<E> type) {
        ComboBox<E> box = new ComboBox<>(context.getTranslation(labelKey));
        box.setItems(Arrays.asList(type.getEnumConstants()));
        box.setItemLabelGenerator(v -> context.getTranslation(v.messageKey()));
        box.setClearButtonVisible(true);
        return box;
    }

    public static <E extends Enum<E> & Labelled> Select<E> select(Component context, String labelKey, Class<E> type) {
        Select<E> select = new Select<>();
        select.setLabel(context.getTranslation(labelKey));
        select.setItems(type.getEnumConstants());
        select.setItemLabelGenerator(v -> v == null ? "" : context.getTranslation(v.messageKey()));
        return select;
    }
}
