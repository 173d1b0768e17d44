package com.creditwb.workbench.credit.documents;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What ADMIN chooses for document checks (one row; the defaults apply until it is saved). */
@Entity
@Table(name = "document_settings")
public class DocumentSettings extends BaseEntity implements AuditedEntity {

    /** The rules as plain values. */
    public record Rules(Set<DocumentType> checkedSteps, double tolerancePercent, int releaseDays, boolean queueReviews) {

        public static final Rules DEFAULTS = new Rules(EnumSet.allOf(DocumentType.class), 5, 30, false);
    }

    @Column(name = "checked_steps", nullable = false, length = 40)
    private String checkedSteps;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal tolerance;

    @Column(name = "release_days", nullable = false)
    private int releaseDays;

    @Column(name = "queue_reviews", nullable = false)
    private boolean queueReviews;

    protected DocumentSettings() {
    }

    DocumentSettings(Rules r) {
        set(r);
    }

    void set(Rules r) {
        this.checkedSteps = r.checkedSteps().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.tolerance = BigDecimal.valueOf(r.tolerancePercent());
        this.releaseDays = r.releaseDays();
        this.queueReviews = r.queueReviews();
    }

    public Rules rules() {
        Set<DocumentType> steps = EnumSet.noneOf(DocumentType.class);
        for (String s : checkedSteps.split(",")) {
            if (!s.isBlank()) {
                steps.add(DocumentType.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return new Rules(steps, tolerance.doubleValue(), releaseDays, queueReviews);
    }

    @Override
    public String auditSubjectType() {
        return "DocumentSettings";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT.name();
    }
}
