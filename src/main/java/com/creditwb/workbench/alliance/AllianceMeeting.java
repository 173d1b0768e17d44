package com.creditwb.workbench.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A steering-committee meeting: date, attendees, decisions, follow-ups. */
@Entity
@Table(name = "alliance_meeting")
public class AllianceMeeting extends AlliancePart {

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(length = 1000)
    private String attendees;

    @Column(length = 4000)
    private String decisions;

    @Column(name = "follow_ups", length = 4000)
    private String followUps;

    protected AllianceMeeting() {
    }

    AllianceMeeting(Alliance alliance, int position, LocalDate date, String attendees, String decisions, String followUps) {
        super(alliance, position);
        this.date = date;
        this.attendees = attendees;
        this.decisions = decisions;
        this.followUps = followUps;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getFollowUps() {
        return followUps;
    }
}
