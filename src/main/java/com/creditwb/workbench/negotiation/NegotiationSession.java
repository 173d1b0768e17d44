package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.EnumCsv;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One session of a negotiation (管理谈判活动): its date, who attended on each side, the offers and counter-offers in
 * the order they were made (by US or THEM, a value per issue), notes and next steps, the counterpart's credit as it
 * stood when the session was recorded (frozen), and the confidentiality checklist ticked for it. Changes are filed
 * under the negotiation.
 */
@Entity
@Table(name = "negotiation_session")
public class NegotiationSession extends BaseEntity implements AuditedEntity {

    /** An offer as made: by whom and the value per issue. */
    public record Offer(Concessions.Side by, Map<String, Double> values) {
    }

    /** The counterpart's credit when the session was recorded (capital, credit and ability to perform). */
    public record CreditSnapshot(String rating, String riskClass, BigDecimal limit, String currency, Integer termsDays, BigDecimal available,
            BigDecimal overdue, LocalDate nextReview) {
    }

    @Column(name = "negotiation_id", nullable = false)
    private Long negotiationId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "attendees_us", length = 1000)
    private String attendeesUs;

    @Column(name = "attendees_them", length = 1000)
    private String attendeesThem;

    @Column(length = 20000)
    private String offers;

    @Column(length = 4000)
    private String notes;

    @Column(name = "next_steps", length = 2000)
    private String nextSteps;

    @Column(name = "credit_snapshot", length = 2000)
    private String creditSnapshot;

    @Column(length = 200)
    private String checklist;

    protected NegotiationSession() {
    }

    NegotiationSession(Long negotiationId) {
        this.negotiationId = negotiationId;
    }

    void describe(LocalDate date, String attendeesUs, String attendeesThem, List<Offer> offers, String notes, String nextSteps,
            Set<Confidentiality.SessionItem> checklist) {
        this.date = date;
        this.attendeesUs = attendeesUs;
        this.attendeesThem = attendeesThem;
        this.offers = offers == null || offers.isEmpty() ? null : Json.write(offers);
        this.notes = notes;
        this.nextSteps = nextSteps;
        this.checklist = EnumCsv.write(checklist);
    }

    void freeze(CreditSnapshot snapshot) {
        this.creditSnapshot = snapshot == null ? null : Json.write(snapshot);
    }

    public Long getNegotiationId() {
        return negotiationId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getAttendeesUs() {
        return attendeesUs;
    }

    public String getAttendeesThem() {
        return attendeesThem;
    }

    public List<Offer> getOffers() {
        return offers == null ? List.of() : List.of(Json.read(offers, Offer[].class));
    }

    public String getNotes() {
        return notes;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public CreditSnapshot getCreditSnapshot() {
        return creditSnapshot == null ? null : Json.read(creditSnapshot, CreditSnapshot.class);
    }

    public Set<Confidentiality.SessionItem> getChecklist() {
        return EnumCsv.read(checklist, Confidentiality.SessionItem.class);
    }

    @Override
    public String auditSubjectType() {
        return Negotiation.AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return negotiationId;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.NEGOTIATION.name();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("negotiationId", "creditSnapshot");
    }
}
