package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** ADMIN's response and resolution targets by severity ("LOW=72/240;…", hours). One row. */
@Entity
@Table(name = "complaint_settings")
public class ComplaintSettings extends BaseEntity implements AuditedEntity {

    @Column(nullable = false, length = 200)
    private String targets;

    protected ComplaintSettings() {
    }

    ComplaintSettings(Map<ComplaintFlow.Severity, ComplaintFlow.Target> targets) {
        set(targets);
    }

    public Map<ComplaintFlow.Severity, ComplaintFlow.Target> getTargets() {
        Map<ComplaintFlow.Severity, ComplaintFlow.Target> map = new EnumMap<>(ComplaintFlow.DEFAULT_TARGETS);
        for (String part : targets.split(";")) {
            String[] kv = part.split("[=/]");
            if (kv.length == 3) {
                map.put(ComplaintFlow.Severity.valueOf(kv[0]), new ComplaintFlow.Target(Integer.parseInt(kv[1]), Integer.parseInt(kv[2])));
            }
        }
        return map;
    }

    void set(Map<ComplaintFlow.Severity, ComplaintFlow.Target> t) {
        StringJoiner j = new StringJoiner(";");
        for (ComplaintFlow.Severity s : ComplaintFlow.Severity.values()) {
            ComplaintFlow.Target x = t.getOrDefault(s, ComplaintFlow.DEFAULT_TARGETS.get(s));
            j.add(s.name() + "=" + x.responseHours() + "/" + x.resolutionHours());
        }
        targets = j.toString();
    }

    @Override
    public String auditSubjectType() {
        return "ComplaintSettings";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.COMPLAINT.name();
    }
}
