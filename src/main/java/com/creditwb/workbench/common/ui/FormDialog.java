package com.creditwb.workbench.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;

/**
 * The one small base of the workbench's form dialogs: a title, the fields, the {@link Problems} list, and
 * Cancel / the primary action in the footer. The action hands the form's command to the service; the dialog
 * closes only when the service took it. Refused — invalid, stale or not allowed — the dialog stays open with
 * the reason on the fields or in its list, and nothing the user typed is lost.
 */
public class FormDialog extends Dialog {

    private final VerticalLayout body = new VerticalLayout();
    private final Problems problems = new Problems();
    private final Button primary;
    private final Button cancel;
    private Map<String, ? extends HasValidation> fields = Map.of();
    private Runnable reload;
    private Problems.Action action;

    /** A subclass with fields of its own names its action once they exist ({@link #onPrimary}). */
    protected FormDialog(String title, String primaryLabel) {
        this(title, primaryLabel, null);
    }

    public FormDialog(String title, String primaryLabel, Problems.Action action) {
        setHeaderTitle(title);
        body.setPadding(false);
        body.add(problems);
        add(body);
        this.action = action;
        primary = new Button(primaryLabel, e -> attempt(this.action));
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, primary);
    }

    /** What the primary button does, for a subclass whose action needs its own fields (see {@link #FormDialog(String, String)}). */
    protected final void onPrimary(Problems.Action primaryAction) {
        this.action = primaryAction;
    }

    /** Adds fields and content above the problems list. */
    public FormDialog with(Component... components) {
        for (Component c : components) {
            body.addComponentAtIndex(body.getComponentCount() - 1, c);
        }
        return this;
    }

    /** The fields a refusal names, by the service's field names. */
    public FormDialog fields(Map<String, ? extends HasValidation> named) {
        this.fields = named;
        return this;
    }

    /** A stale save closes the dialog and offers to reload the page with this (without it, the conflict is listed). */
    public FormDialog onStale(Runnable reloadPage) {
        this.reload = reloadPage;
        return this;
    }

    /** Runs the action ({@link Problems#attempt}); true when the service took it, and the dialog is then closed. */
    public boolean attempt(Problems.Action action) {
        boolean taken = problems.attempt(action, fields, reload == null ? null : () -> {
            close();
            reload.run();
        });
        if (taken) {
            close();
        }
        return taken;
    }

    public Button primary() {
        return primary;
    }

    public Button cancel() {
        return cancel;
    }

    public Problems problems() {
        return problems;
    }

    public VerticalLayout body() {
        return body;
    }
}
