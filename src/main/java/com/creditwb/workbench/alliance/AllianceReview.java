package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.HealthIndex;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.Scores;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A health review: the six principles scored 1–5 by our side (and by the partner's when collected), with the indices. */
@Entity
@Table(name = "alliance_review")
public class AllianceReview implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id", nullable = false)
    private Alliance alliance;

    @Column(name = "review_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 400)
    private String scores;

    @Column(name = "partner_scores", length = 400)
    private String partnerScores;

    /** Comments per principle, "PRINCIPLE=text" lines. */
    @Column(length = 8000)
    private String comments;

    @Column(name = "health_index", nullable = false)
    private double index;

    @Column(name = "partner_index")
    private Double partnerIndex;

    @Column(nullable = false, length = 64)
    private String reviewer;

    protected AllianceReview() {
    }

    AllianceReview(Alliance alliance, LocalDate date, Map<Principle, Integer> scores, Map<Principle, Integer> partnerScores,
            Map<Principle, String> comments, double index, Double partnerIndex, String reviewer) {
        this.alliance = alliance;
        this.date = date;
        this.scores = Scores.encode(scores);
        this.partnerScores = Scores.encode(partnerScores);
        StringBuilder b = new StringBuilder();
        if (comments != null) {
            comments.forEach((p, c) -> {
                if (c != null && !c.isBlank()) {
                    b.append(p.name()).append('=').append(c.replace('\n', ' ')).append('\n');
                }
            });
        }
        this.comments = b.isEmpty() ? null : b.toString();
        this.index = index;
        this.partnerIndex = partnerIndex;
        this.reviewer = reviewer;
    }

    public Long getId() {
        return id;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public LocalDate getDate() {
        return date;
    }

    public Map<Principle, Integer> getScores() {
        return Scores.decode(Principle.class, scores);
    }

    public Map<Principle, Integer> getPartnerScores() {
        return Scores.decode(Principle.class, partnerScores);
    }

    public Map<Principle, String> getComments() {
        Map<Principle, String> map = new java.util.EnumMap<>(Principle.class);
        if (comments != null) {
            for (String line : comments.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    map.put(Principle.valueOf(line.substring(0, eq)), line.substring(eq + 1));
                }
            }
        }
        return map;
    }

    public double getIndex() {
        return index;
    }

    public Double getPartnerIndex() {
        return partnerIndex;
    }

    public Map<Principle, Integer> gaps() {
        return HealthIndex.gaps(getScores(), getPartnerScores());
    }

    public String getReviewer() {
        return reviewer;
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
        return Set.of("alliance", "id");
    }
}
