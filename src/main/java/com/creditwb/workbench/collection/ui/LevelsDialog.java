package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.DunningService;
import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ADMIN edits a risk class's dunning levels: for each, the days after due and the letter; levels added or taken off at the end. */
class LevelsDialog extends FormDialog {

    private record Row(IntegerField days, Select<Dunning.Stage> stage) {
    }

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> fields = new ArrayList<>();

    LevelsDialog(DunningService dunning, String riskClass, List<Dunning.Level> levels, Runnable saved) {
        super("", "");
        setHeaderTitle(getTranslation("dunning.levels.edit", getTranslation("credit.class." + riskClass)));
        primary().setText(getTranslation("common.save"));
        primary().setId("levels-save");
        rows.setPadding(false);
        levels.forEach(this::addRow);
        Button add = new Button(getTranslation("dunning.levels.add"), e -> addRow(null));
        add.setId("levels-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("dunning.levels.remove"), e -> removeLast());
        remove.setId("levels-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        with(rows, new HorizontalLayout(add, remove));
        onPrimary(() -> {
            List<Dunning.Level> list = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                Row r = fields.get(i);
                list.add(new Dunning.Level(i + 1, r.days().getValue() == null ? -1 : r.days().getValue(), r.stage().getValue()));
            }
            dunning.saveLevels(riskClass, list);
            Notify.success(getTranslation("dunning.levels.saved"));
            saved.run();
        });
    }

    private void addRow(Dunning.Level level) {
        int n = fields.size() + 1;
        IntegerField days = new IntegerField(getTranslation("dunning.levels.days", n));
        days.setId("levels-days-" + n);
        days.setMin(0);
        Select<Dunning.Stage> stage = Labels.select(this, "dunning.levels.stage", Dunning.Stage.class);
        stage.setId("levels-stage-" + n);
        if (level != null) {
            days.setValue(level.days());
            stage.setValue(level.stage());
        }
        fields.add(new Row(days, stage));
        HorizontalLayout line = new HorizontalLayout(days, stage);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rows.add(line);
        named();
    }

    private void removeLast() {
        if (!fields.isEmpty()) {
            fields.remove(fields.size() - 1);
            rows.remove(rows.getComponentAt(rows.getComponentCount() - 1));
            named();
        }
    }

    private void named() {
        Map<String, IntegerField> byName = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            byName.put("levels[" + i + "]", fields.get(i).days());
        }
        fields(byName);
    }
}
