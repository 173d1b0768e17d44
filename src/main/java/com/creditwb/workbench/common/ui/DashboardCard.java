package com.creditwb.workbench.common.ui;

import com.vaadin.flow.component.Component;

/**
 * A card a feature adds to the dashboard (a Spring bean of this type is picked up), so that a new feature
 * contributes its figures without editing the dashboard. Whatever a card shows comes from the feature's
 * services, which ask the access policy.
 */
public interface DashboardCard {

    /** Where the card goes among the others (the portfolio counts come first, 0–99). */
    int order();

    /** Whether the signed-in user gets the card at all. */
    boolean visible();

    /** The card for the signed-in user (a new component each time the dashboard shows). */
    Component create();
}
