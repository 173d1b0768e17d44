package com.creditwb.workbench.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.security.ui.ChangePasswordView;
import com.creditwb.workbench.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Per UI: the signed-in user's language, a forced password change where one is due, and a friendly
 * translated message (with a reference id in the log) for any error a view did not handle.
 */
@Component
class ShellInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellInitListener.class);
    static final String PASSWORD_CHECKED = "wb.passwordChecked";

    private final CurrentUser currentUser;
    private final UserService users;

    ShellInitListener(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this::handleError));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            if (currentUser.isSignedIn()) {
                users.preferredLocale().ifPresent(locale -> LocaleSetup.apply(ui, locale));
            }
            ui.addBeforeEnterListener(this::forcePasswordChange);
        });
    }

    private void forcePasswordChange(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (!currentUser.isSignedIn() || target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(PASSWORD_CHECKED))) {
            return;
        }
        if (users.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        } else if (session != null) {
            session.setAttribute(PASSWORD_CHECKED, Boolean.TRUE);
        }
    }

    void handleError(ErrorEvent event) {
        Throwable cause = rootCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        String message;
        if (cause instanceof ValidationException ve) {
            message = String.join("\n", ve.getErrors().stream().map(ValidationException.FieldError::message).toList());
        } else if (cause instanceof ConcurrentEditException || cause instanceof ObjectOptimisticLockingFailureException) {
            message = ui.getTranslation("error.concurrentEdit");
        } else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.accessDenied");
        } else if (cause instanceof NotFoundException) {
            message = ui.getTranslation("error.notFound");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            message = ui.getTranslation("error.unexpected", reference);
        }
        ui.access(() -> Notify.error(message));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof ValidationException) && !(current instanceof ConcurrentEditException)
                && !(current instanceof AccessDeniedException) && !(current instanceof NotFoundException)) {
            current = current.getCause();
        }
        return current;
    }
}
