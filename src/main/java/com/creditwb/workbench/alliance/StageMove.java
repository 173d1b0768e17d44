package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.AllianceStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an alliance from a stage to the next (or to ended): who, when, why. Never changed. */
@Entity
@Table(name = "alliance_stage_move")
public class StageMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id", nullable = false)
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20)
    private AllianceStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    private AllianceStage to;

    @Column(name = "moved_by", nullable = false, length = 64)
    private String by;

    @Column(name = "moved_at", nullable = false)
    private Instant at;

    @Column(length = 2000)
    private String reason;

    protected StageMove() {
    }

    StageMove(Alliance alliance, AllianceStage from, AllianceStage to, String by, Instant at, String reason) {
        this.alliance = alliance;
        this.from = from;
        this.to = to;
        this.by = by;
        this.at = at;
        this.reason = reason;
    }

    public AllianceStage getFrom() {
        return from;
    }

    public AllianceStage getTo() {
        return to;
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
