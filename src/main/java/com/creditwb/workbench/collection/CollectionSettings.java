package com.creditwb.workbench.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** ADMIN's collection settings, one row: what puts a customer on collection hold, how long a dispute may stay open, the least days between two dunning letters. */
@Entity
@Table(name = "collection_settings")
public class CollectionSettings {

    /** The settings as a plain record (what the settings form edits). */
    public record Rules(boolean holdOnBrokenPromise, boolean holdAtFinalLevel, int disputeTargetDays, int dunningGapDays) {
    }

    @Id
    private Long id;

    @Version
    private Long version;

    @Column(name = "hold_on_broken_promise", nullable = false)
    private boolean holdOnBrokenPromise;

    @Column(name = "hold_at_final_level", nullable = false)
    private boolean holdAtFinalLevel;

    @Column(name = "dispute_target_days", nullable = false)
    private int disputeTargetDays;

    @Column(name = "dunning_gap_days", nullable = false)
    private int dunningGapDays;

    protected CollectionSettings() {
    }

    public Rules rules() {
        return new Rules(holdOnBrokenPromise, holdAtFinalLevel, disputeTargetDays, dunningGapDays);
    }

    void apply(Rules r) {
        this.holdOnBrokenPromise = r.holdOnBrokenPromise();
        this.holdAtFinalLevel = r.holdAtFinalLevel();
        this.disputeTargetDays = r.disputeTargetDays();
        this.dunningGapDays = r.dunningGapDays();
    }
}
