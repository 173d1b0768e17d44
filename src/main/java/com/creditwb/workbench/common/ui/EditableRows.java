package com.creditwb.workbench.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one editable-rows component: a list of rows that each edit one value, with "add" below and a
 * "remove" on each row, read-only when the user may not edit. Used by the plan's objectives, actions and
 * contacts, the scoring model's bands and ratings, Gale's survey elements, and a negotiation's team, issues and
 * offers.
 *
 * @param <V> the value one row edits
 * @param <R> the row
 */
public class EditableRows<V, R extends EditableRows.Row<V>> extends VerticalLayout {

    /** A row that edits one value; its remove button is placed by the row (usually last). */
    public abstract static class Row<V> extends HorizontalLayout {

        public final Button remove = new Button(VaadinIcon.TRASH.create());

        protected Row() {
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
        }

        /** Whether the user may remove the row (a negotiation's owner stays on its team). */
        public boolean removable() {
            return true;
        }

        /** The value as the row's fields show it now. */
        public abstract V value();

        /** Makes the row's fields read-only or editable (the remove button is the list's business). */
        public void setReadOnly(boolean readOnly) {
            getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasValue<?, ?>)
                    .forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(readOnly));
        }
    }

    private final Function<V, R> create;
    private final VerticalLayout body = new VerticalLayout();
    public final Button add = new Button(VaadinIcon.PLUS.create());
    private boolean editable;
    private Runnable changed = () -> { };

    /**
     * @param id the list's element id (the add button gets {@code id + "-add"})
     * @param addLabelKey the message key of the add button
     * @param create makes a row for a value (null: a new, empty row)
     */
    public EditableRows(String id, String addLabelKey, Function<V, R> create) {
        this.create = create;
        setId(id);
        setPadding(false);
        setSpacing(false);
        body.setPadding(false);
        body.setSpacing(false);
        add.setText(getTranslation(addLabelKey));
        add.setId(id + "-add");
        add.addClickListener(e -> {
            addRow(null);
            changed.run();
        });
        add(body, add);
    }

    /** Called after a row is added or removed by the user. */
    public void onChange(Runnable changed) {
        this.changed = changed;
    }

    /** Shows one row per value, replacing what was shown. */
    public void set(List<V> values) {
        body.removeAll();
        values.forEach(this::addRow);
    }

    public R addRow(V value) {
        R row = create.apply(value);
        row.remove.setText(getTranslation("common.remove"));
        row.remove.addClickListener(e -> {
            body.remove(row);
            changed.run();
        });
        row.remove.setVisible(editable && row.removable());
        row.setReadOnly(!editable);
        if (row.remove.getParent().isEmpty()) {
            row.add(row.remove);
        }
        body.add(row);
        return row;
    }

    @SuppressWarnings("unchecked")
    public List<R> rows() {
        return body.getChildren().map(c -> (R) c).toList();
    }

    public List<V> values() {
        return new ArrayList<>(rows().stream().map(Row::value).toList());
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
        add.setVisible(editable);
        for (R r : rows()) {
            r.setReadOnly(!editable);
            r.remove.setVisible(editable && r.removable());
        }
    }

    public boolean isEditable() {
        return editable;
    }
}
