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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One notification in a user's inbox; its text is rendered in the reader's language from the kind and arguments. */
@Entity
@Table(name = "notification")
public class Notification {

    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, length = 64, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false, length = 2000, updatable = false)
    private String args;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "dedup_key", nullable = false, length = 120, updatable = false)
    private String dedupKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(nullable = false)
    private boolean emailed;

    /** When what it announces was handled (by anyone): it then needs no action and is not counted. */
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Notification() {
    }

    /** The arguments as stored: joined by the separator, at most 2,000 characters. */
    static String joined(List<String> args) {
        String joined = String.join(SEPARATOR, args);
        return joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }


    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void emailed() {
        this.emailed = true;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    /** Whether what it announces still needs the reader: neither read nor handled. */
    public boolean needsAction() {
        return readAt == null && resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public List<String> getArgs() {
        return args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isEmailed() {
        return emailed;
    }
}
