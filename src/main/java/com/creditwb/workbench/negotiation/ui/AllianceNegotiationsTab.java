package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.ui.AllianceTab;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.vaadin.flow.component.Component;

/** Adds "Negotiations" to the alliance page: the negotiations linked to the alliance that the user may open. */
@org.springframework.stereotype.Component
class AllianceNegotiationsTab implements AllianceTab {

    private final NegotiationService negotiations;

    AllianceNegotiationsTab(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "alliance.tab.negotiations";
    }

    @Override
    public Component create(AllianceService.AllianceRef alliance) {
        return NegotiationsGrid.of(negotiations.forAlliance(alliance.id()), "alliance-negotiations");
    }
}
