package com.creditwb.workbench.ui;

import com.creditwb.workbench.common.NotFoundException;
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

/** Shown, with HTTP 404, when a view is asked for a record that does not exist. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("wb-page");
        add(new H2(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound")),
                new Anchor("", getTranslation("error.backToDashboard")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
