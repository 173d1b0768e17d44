package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Tells the user that someone else saved the record first. Their own input stays in the form until
 * they choose to reload the other person's version.
 */
public final class ConcurrentEditDialog {

    private ConcurrentEditDialog() {
    }

    public static ConfirmDialog open(Component context, ConcurrentEditException e, Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("concurrent-edit");
        dialog.setHeader(context.getTranslation("error.concurrentEdit.title"));
        dialog.setText(e.getMessage());
        dialog.setConfirmText(context.getTranslation("error.concurrentEdit.reload"));
        dialog.addConfirmListener(ev -> reload.run());
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("error.concurrentEdit.keep"));
        dialog.open();
        return dialog;
    }
}
