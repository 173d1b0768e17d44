package com.creditwb.workbench.security.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether a user also gets a kind of notification by e-mail. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false)
    private boolean email;

    protected NotificationPreference() {
    }

    NotificationPreference(String username, NotificationKind kind, boolean email) {
        this.username = username;
        this.kind = kind;
        this.email = email;
    }

    NotificationKind getKind() {
        return kind;
    }

    boolean isEmail() {
        return email;
    }

    void setEmail(boolean email) {
        this.email = email;
    }
}
