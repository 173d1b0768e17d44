package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.customer.CustomerRecord;
import com.vaadin.flow.component.Component;

/**
 * A tab that a later feature adds to the customer page (statements, credit assessment, key-account
 * plan) without the customer feature depending on it: a Spring bean of this type is picked up.
 */
public interface CustomerTab {

    /** Where the tab goes: after the credit file (30) and before the history (which is last). */
    int order();

    /** Message key of the tab's title. */
    String labelKey();

    /** Whether the signed-in user may see the tab at all. */
    default boolean visible() {
        return true;
    }

    /** The tab's content for the customer (a new component each time the page shows). */
    Component create(CustomerRecord customer);
}
