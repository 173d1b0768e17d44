package com.creditwb.workbench.alliance;

import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

/** A row of an alliance's tables (partner, option, contribution, meeting, risk): its changes are filed under the alliance. */
@MappedSuperclass
abstract class AlliancePart implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id", nullable = false)
    private Alliance alliance;

    @Column(nullable = false)
    private int position;

    protected AlliancePart() {
    }

    AlliancePart(Alliance alliance, int position) {
        this.alliance = alliance;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.ALLIANCE.name();
    }

    @Override
    public String auditSubjectType() {
        return Alliance.AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return alliance.getId();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("alliance", "id", "position");
    }
}
