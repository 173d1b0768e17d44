package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.AllianceService;
import com.vaadin.flow.component.Component;

/**
 * A tab that a later feature adds to the alliance page (the negotiations held under the alliance) without the
 * alliance feature depending on it: a Spring bean of this type is picked up, after the alliance's own tabs.
 */
public interface AllianceTab {

    int order();

    /** Message key of the tab's title. */
    String labelKey();

    /** Whether the signed-in user may see the tab at all. */
    default boolean visible() {
        return true;
    }

    /** The tab's content for the alliance (a new component each time the page shows). */
    Component create(AllianceService.AllianceRef alliance);
}
