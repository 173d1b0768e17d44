package com.creditwb.workbench.security.notifications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByUsername(String username);

    Optional<NotificationPreference> findByUsernameAndKind(String username, NotificationKind kind);
}
