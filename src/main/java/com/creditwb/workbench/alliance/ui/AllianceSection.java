package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceService;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A part of the alliance page (a tab or a section of one): it shows the alliance as the page read it, changes it only
 * through a service, and then asks the page to show what the service now holds.
 */
abstract class AllianceSection extends VerticalLayout {

    protected final Alliance alliance;
    protected final transient AllianceService alliances;
    protected final transient Runnable reload;

    AllianceSection(Alliance alliance, AllianceService alliances, Runnable reload) {
        this.alliance = alliance;
        this.alliances = alliances;
        this.reload = reload;
        setPadding(false);
    }
}
