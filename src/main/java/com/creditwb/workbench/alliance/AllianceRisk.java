package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.RiskStatus;
import com.creditwb.workbench.alliance.domain.RiskType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A risk of the register: likelihood and impact 1–5 (empty while "to be assessed"), severity = likelihood × impact. */
@Entity
@Table(name = "alliance_risk")
public class AllianceRisk extends AlliancePart {

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_type", nullable = false, length = 20)
    private RiskType type;

    @Column(length = 2000)
    private String description;

    private Integer likelihood;

    private Integer impact;

    @Column(name = "owner_name", length = 100)
    private String owner;

    @Column(length = 2000)
    private String mitigation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskStatus status = RiskStatus.OPEN;

    /** The principle whose low score opened the risk, if one did. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Principle principle;

    protected AllianceRisk() {
    }

    AllianceRisk(Alliance alliance, int position, RiskType type) {
        super(alliance, position);
        this.type = type;
    }

    public RiskType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public Integer getLikelihood() {
        return likelihood;
    }

    public Integer getImpact() {
        return impact;
    }

    /** Likelihood × impact, 1–25; null while not assessed. */
    public Integer getSeverity() {
        return likelihood == null || impact == null ? null : likelihood * impact;
    }

    public String getOwner() {
        return owner;
    }

    public String getMitigation() {
        return mitigation;
    }

    public RiskStatus getStatus() {
        return status;
    }

    public Principle getPrinciple() {
        return principle;
    }

    public boolean isOpen() {
        return status == RiskStatus.OPEN;
    }

    void update(RiskType type, String description, Integer likelihood, Integer impact, String owner, String mitigation,
            RiskStatus status, Principle principle) {
        this.type = type;
        this.description = description;
        this.likelihood = likelihood;
        this.impact = impact;
        this.owner = owner;
        this.mitigation = mitigation;
        this.status = status;
        this.principle = principle;
    }
}
