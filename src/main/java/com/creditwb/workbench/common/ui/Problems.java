package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one way a refused form is shown: each message of a {@link ValidationException} goes onto the field it
 * names; the messages whose field is not on the form are listed here, beside the form's buttons, until the next
 * attempt. A notification never carries a validation error.
 */
public class Problems extends Div {

    private final List<HasValidation> marked = new ArrayList<>();

    public Problems() {
        addClassName("wb-problems");
    }

    /** What a form's button does: the service call and, after it, the caller's refresh. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    /**
     * Runs a form's action and shows a refusal the one way: invalid — on the fields and here; stale — the
     * concurrent-edit dialog offering {@code reload} (or, without one, its message here); not allowed — its
     * message here. True when the service took it.
     */
    public boolean attempt(Action action, Map<String, ? extends HasValidation> fields, Runnable reload) {
        clear();
        try {
            action.run();
            return true;
        } catch (ValidationException e) {
            show(e, fields);
        } catch (ConcurrentEditException e) {
            if (reload == null) {
                show(getTranslation(ConcurrentEditException.MESSAGE_KEY));
            } else {
                ConcurrentEditDialog.open(this, e, reload);
            }
        } catch (AccessDeniedException e) {
            show(e.getMessage());
        }
        return false;
    }

    /** {@link #attempt(Action, Map, Runnable)} for a form whose refusals are all listed here. */
    public boolean attempt(Action action) {
        return attempt(action, Map.of(), null);
    }

    /** Clears the previous attempt's messages, then places the new ones: on their fields, the rest here. */
    public void show(ValidationException e, Map<String, ? extends HasValidation> fields) {
        clear();
        for (ValidationException.FieldError error : e.getErrors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
                marked.add(field);
            } else {
                addMessage(error.message());
            }
        }
    }

    /** Lists every message here (a form whose fields carry no names). */
    public void show(ValidationException e) {
        show(e, Map.of());
    }

    /** Lists one refusal that is not about a field (a stale copy, a missing permission). */
    public void show(String message) {
        clear();
        addMessage(message);
    }

    /** Lists several refusals that are not about a field (a stage's unmet gates, a title first). */
    public void show(List<String> messages) {
        clear();
        messages.forEach(this::addMessage);
    }

    /** Marks one field with a message the form found itself (a required value before asking the service). */
    public void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        marked.add(field);
    }

    /** Removes the messages and the fields' marks. */
    public void clear() {
        removeAll();
        marked.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        marked.clear();
    }

    /** The messages listed here (not those on fields). */
    public List<String> messages() {
        return getChildren().map(c -> c.getElement().getText()).toList();
    }

    private void addMessage(String message) {
        add(new Div(message));
    }
}
