package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Negotiations built in memory for view tests (the entity's own constructors are the feature's). */
public final class NegotiationFixtures {

    public static final List<PlanIssue> ISSUES = NegotiationContract.ISSUES;

    private NegotiationFixtures() {
    }

    /** account1's negotiation with customer 7 (selling), credit1 on the team, the price/terms plan, in the given status. */
    public static Negotiation of(long id, NegotiationStatus status) {
        Negotiation n = new Negotiation("account1");
        n.describe(new NegotiationForm("年度供货合同", 7L, Direction.SELL, null, null, new BigDecimal("12000000"), TeamRules.Importance.HIGH,
                TeamRules.Difficulty.HIGH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31),
                Map.of("account1", Set.of(TeamRules.Expertise.COMMERCIAL), "credit1", Set.of(TeamRules.Expertise.FINANCE)), ISSUES, "转售", 80.0,
                40.0, List.of(new TopicTeam(TeamRules.Topic.LEGAL, "credit1", List.of())), null, null, null));
        if (status != NegotiationStatus.PREPARING) {
            n.close(NegotiationStatus.IN_PROGRESS, null, null);
        }
        if (status == NegotiationStatus.AGREED) {
            n.close(NegotiationStatus.AGREED, Map.of("price", 112.0, "terms", 45.0), null);
        }
        try {
            var f = com.creditwb.workbench.common.BaseEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(n, id);
            var v = com.creditwb.workbench.common.BaseEntity.class.getDeclaredField("version");
            v.setAccessible(true);
            v.set(n, 2L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }
}
