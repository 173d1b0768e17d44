package com.creditwb.workbench.security.notifications;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    boolean existsByRecipientAndDedupKey(String recipient, String dedupKey);

    /** Which of the recipients have the notification of that key already (by the unique recipient and key). */
    @org.springframework.data.jpa.repository.Query("select n.recipient from Notification n where n.recipient in :recipients and n.dedupKey = :key")
    List<String> findRecipientsHaving(java.util.Collection<String> recipients, String key);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);
}
