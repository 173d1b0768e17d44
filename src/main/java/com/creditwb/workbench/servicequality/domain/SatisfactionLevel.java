package com.creditwb.workbench.servicequality.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** The levels of satisfaction the seed names (满意本身也有不同的层次): 满足, 愉快, 解脱, 新奇, 惊喜 — or dissatisfied. */
public enum SatisfactionLevel implements Labelled {
    CONTENT, PLEASED, RELIEVED, NOVELTY, DELIGHTED, DISSATISFIED;

    @Override
    public String messageKey() {
        return "servqual.satisfaction." + name();
    }
}
