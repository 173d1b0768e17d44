package com.creditwb.workbench.ui;

import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.security.CurrentUser;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A short user guide per role, in the page's language (src/main/resources/guide/guide_{en,zh_CN}.html), opened
 * from the header; the signed-in user's roles are named at the top.
 */
@Route("guide")
@PermitAll
public class GuideView extends VerticalLayout implements HasDynamicTitle {

    final Html guide;

    public GuideView(CurrentUser currentUser) {
        addClassName("wb-page");
        String roles = currentUser.roles().stream().sorted().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "));
        Paragraph mine = new Paragraph(getTranslation("guide.yourRoles", roles));
        mine.setId("guide-your-roles");
        guide = new Html(text(Locales.supported(getLocale())));
        guide.setId("guide");
        add(new H2(getTranslation("guide.title")), mine, guide);
    }

    /** The guide's text in the locale's language (Chinese or English). */
    static String text(java.util.Locale locale) {
        String name = "/guide/guide_" + com.creditwb.workbench.common.i18n.Locales.fileSuffix(locale) + ".html";
        try (InputStream in = GuideView.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.title");
    }
}
