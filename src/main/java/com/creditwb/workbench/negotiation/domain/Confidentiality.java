package com.creditwb.workbench.negotiation.domain;

/** The seed's confidentiality checklist (信息的保密): per session, and after the negotiation. */
public final class Confidentiality {

    /** During the negotiation: in public places, during talks, in breaks (no caucusing in the rest room), with head office. */
    public enum SessionItem implements com.creditwb.workbench.common.i18n.Labelled {
        PUBLIC_PLACES, DURING_TALKS, IN_BREAKS, HEAD_OFFICE;

        @Override
        public String messageKey() {
            return "negotiation.confidentiality." + name();
        }
    }

    /** After the negotiation (谈判后资料的保存与保密): keeping and securing the materials. */
    public enum AfterItem implements com.creditwb.workbench.common.i18n.Labelled {
        KEEP_MATERIALS, SECURE_MATERIALS;

        @Override
        public String messageKey() {
            return "negotiation.confidentiality." + name();
        }
    }

    private Confidentiality() {
    }
}
