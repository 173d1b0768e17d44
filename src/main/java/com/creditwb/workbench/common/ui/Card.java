package com.creditwb.workbench.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** A titled card of the dashboard and the portfolio pages. */
public class Card extends Div {

    public Card(String titleKey) {
        add(new H3(getTranslation(titleKey)));
        addClassName("wb-card");
    }
}
