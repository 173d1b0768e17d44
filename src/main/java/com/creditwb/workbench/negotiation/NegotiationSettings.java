package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** ADMIN's team-size table: members by importance ("LOW=2;MEDIUM=3;…") and the contract value that adds one. One row. */
@Entity
@Table(name = "negotiation_settings")
public class NegotiationSettings extends BaseEntity implements AuditedEntity {

    @Column(name = "team_sizes", nullable = false, length = 200)
    private String teamSizes;

    @Column(name = "large_contract", nullable = false)
    private double largeContract;

    protected NegotiationSettings() {
    }

    NegotiationSettings(Map<TeamRules.Importance, Integer> sizes, double largeContract) {
        set(sizes, largeContract);
    }

    public Map<TeamRules.Importance, Integer> getTeamSizes() {
        Map<TeamRules.Importance, Integer> map = new EnumMap<>(TeamRules.DEFAULT_SIZES);
        for (String part : teamSizes.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                map.put(TeamRules.Importance.valueOf(part.substring(0, eq)), Integer.valueOf(part.substring(eq + 1)));
            }
        }
        return map;
    }

    public double getLargeContract() {
        return largeContract;
    }

    void set(Map<TeamRules.Importance, Integer> sizes, double largeContract) {
        StringJoiner j = new StringJoiner(";");
        for (TeamRules.Importance i : TeamRules.Importance.values()) {
            j.add(i.name() + "=" + sizes.getOrDefault(i, TeamRules.DEFAULT_SIZES.get(i)));
        }
        this.teamSizes = j.toString();
        this.largeContract = largeContract;
    }

    @Override
    public String auditSubjectType() {
        return "NegotiationSettings";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.NEGOTIATION.name();
    }
}
