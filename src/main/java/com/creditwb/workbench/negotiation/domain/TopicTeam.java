package com.creditwb.workbench.negotiation.domain;

import java.util.List;

/**
 * Who speaks for one topic (主谈与辅谈): the lead (主谈), who states our view and position on the topic's issues,
 * and the supports (辅谈), who back the lead. The seed: technical clauses led by technical staff, legal by legal,
 * commercial by commercial.
 */
public record TopicTeam(TeamRules.Topic topic, String lead, List<String> support) {

    public TopicTeam {
        support = support == null ? List.of() : List.copyOf(support);
    }
}
