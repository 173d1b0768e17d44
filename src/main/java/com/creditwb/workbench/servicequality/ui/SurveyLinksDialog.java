package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.servicequality.SurveyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;

/** The personal links of a round, or of a segment's rounds by customer, shown once: each contact's address to send. */
final class SurveyLinksDialog {

    /** The links of one customer's round; the heading is the customer's name, or null for a single round. */
    record Group(String heading, List<SurveyService.Link> links) {
    }

    private SurveyLinksDialog() {
    }

    static Dialog open(List<Group> groups) {
        Dialog d = new Dialog();
        d.setHeaderTitle(d.getTranslation("survey.links"));
        VerticalLayout body = new VerticalLayout(new Paragraph(d.getTranslation("survey.linksHelp")));
        String base = base();
        for (Group g : groups) {
            if (g.heading() != null) {
                body.add(new H4(g.heading()));
            }
            for (SurveyService.Link link : g.links()) {
                TextField f = new TextField(link.invitation().getContactName());
                f.setValue(base + link.path());
                f.setReadOnly(true);
                f.setWidth("min(40em, 85vw)");
                f.addClassName("survey-link");
                body.add(f);
            }
        }
        d.add(body);
        Button ok = new Button(d.getTranslation("common.close"), e -> d.close());
        ok.setId("survey-links-close");
        d.getFooter().add(ok);
        d.open();
        return d;
    }

    private static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = http.getServerPort() == ("https".equals(http.getScheme()) ? 443 : 80);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort()) + http.getContextPath() + "/";
    }
}
