package com.creditwb.workbench.relationship.ui;

import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.relationship.CadenceRule;
import com.creditwb.workbench.relationship.CadenceService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;

/** ADMIN sets the follow-up cadence: days between contacts for each key-account tier and relationship level (empty: none). */
class CadenceDialog extends FormDialog {

    final Map<Long, IntegerField> days = new HashMap<>();

    CadenceDialog(CadenceService cadence, Runnable saved) {
        super(new TextField().getTranslation("cadence.title"), new TextField().getTranslation("common.save"));
        FormLayout form = new FormLayout();
        Map<String, HasValidation> named = new HashMap<>();
        for (CadenceRule r : cadence.rules()) {
            String label = "TIER".equals(r.getKind()) ? getTranslation("keyaccount.tier." + r.getValue()) : getTranslation("relationshipLevel." + r.getValue());
            IntegerField field = new IntegerField(getTranslation("cadence.rule." + r.getKind(), label));
            field.setValue(r.getDays());
            field.setMin(1);
            field.setMax(3650);
            field.setId("cadence-" + r.getKind() + "-" + r.getValue());
            days.put(r.getId(), field);
            named.put("days[" + r.getId() + "]", field);
            form.add(field);
        }
        with(form).fields(named);
        primary().setId("cadence-save");
        onPrimary(() -> {
            Map<Long, Integer> values = new HashMap<>();
            days.forEach((id, f) -> values.put(id, f.getValue()));
            cadence.save(values);
            Notify.success(getTranslation("cadence.saved"));
            saved.run();
        });
    }
}
