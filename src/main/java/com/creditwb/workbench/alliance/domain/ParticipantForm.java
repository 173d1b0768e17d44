package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Form by participants (以合作参与者来区分): 互补型 / 授受型. */
public enum ParticipantForm implements Labelled {
    COMPLEMENTARY, GIVE_AND_TAKE;

    @Override
    public String messageKey() {
        return "alliance.participantForm." + name();
    }
}
