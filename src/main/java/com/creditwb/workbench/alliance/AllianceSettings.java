package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** The health index's weights of the six principles (one row; "MUTUAL_NEED=0.25;…" as text, audited like any field). */
@Entity
@Table(name = "alliance_settings")
public class AllianceSettings extends BaseEntity implements AuditedEntity {

    @Column(nullable = false, length = 400)
    private String weights;

    protected AllianceSettings() {
    }

    AllianceSettings(Map<Principle, Double> weights) {
        setWeights(weights);
    }

    public Map<Principle, Double> getWeights() {
        Map<Principle, Double> map = new EnumMap<>(Principle.class);
        for (String part : weights.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                map.put(Principle.valueOf(part.substring(0, eq)), Double.valueOf(part.substring(eq + 1)));
            }
        }
        return map;
    }

    void setWeights(Map<Principle, Double> w) {
        StringJoiner j = new StringJoiner(";");
        for (Principle p : Principle.values()) {
            j.add(p.name() + "=" + w.getOrDefault(p, 0.0)); // Double.toString: the exact value back
        }
        this.weights = j.toString();
    }

    @Override
    public String auditSubjectType() {
        return "AllianceSettings";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.ALLIANCE.name();
    }
}
