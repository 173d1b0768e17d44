package com.creditwb.workbench.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown, with HTTP 403, when a view may be opened but a service refuses the record in it (another
 * account manager's plan or assessment, say) — instead of the router's raw exception page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordAccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("wb-page");
        setId("access-denied");
        add(new H2(getTranslation("error.accessDenied.title")), new Paragraph(getTranslation("error.recordDenied")),
                new Anchor("", getTranslation("error.backToDashboard")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
