package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.Principle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Alliances built in memory for view tests (the entity's own constructors are the feature's). */
public final class AllianceFixtures {

    private AllianceFixtures() {
    }

    /** An alliance of account1 at EVALUATE_OPTIONS with a goal, one partner, and a review of 4s (partner 3s) two days ago. */
    public static Alliance evaluating(long id) {
        Alliance a = new Alliance("华南渠道联盟", "account1");
        a.describe(AllianceForm.named("华南渠道联盟", "共同开发华南市场"));
        a.getPartners().add(new AlliancePartner(a, 1, null, "外部公司", null, null, null));
        a.moveTo(AllianceStage.EVALUATE_OPTIONS, "account1", Instant.EPOCH, null, null);
        Map<Principle, Integer> ours = new java.util.EnumMap<>(Principle.class);
        Map<Principle, Integer> theirs = new java.util.EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            ours.put(p, 4);
            theirs.put(p, 3);
        }
        a.getReviews().add(new AllianceReview(a, LocalDate.of(2026, 11, 29), ours, theirs, Map.of(), 75, 50.0, "account1"));
        setId(a, id);
        return a;
    }

    /** A partner row with an id, as the database would give it. */
    public static AlliancePartner partner(Alliance a, long id, String name) {
        AlliancePartner p = new AlliancePartner(a, a.getPartners().size() + 1, null, name, null, null, null);
        try {
            var f = AlliancePart.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(p, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    static void setId(Alliance a, long id) {
        try {
            var f = com.creditwb.workbench.common.BaseEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(a, id);
            var v = com.creditwb.workbench.common.BaseEntity.class.getDeclaredField("version");
            v.setAccessible(true);
            v.set(a, 3L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
