package com.creditwb.workbench.security.notifications;

import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each user's inbox: notifications written by the features (a document blocked, a request waiting or decided, a
 * temporary limit or a release about to lapse), the unread count for the bell, marking read. When SMTP is configured
 * (spring.mail.host), a user gets the kinds they chose by e-mail too, in their language, once the change that raised
 * it has committed; without SMTP, in-app only. The same notification (recipient and key) is written once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    static final int SHOWN = 50;

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final UserService users;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate own;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences, UserService users,
            CurrentUser currentUser, MessageSource messages, ObjectProvider<JavaMailSender> mail,
            @Value("${workbench.mail.from:workbench@localhost}") String from, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.own = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.notifications = notifications;
        this.preferences = preferences;
        this.users = users;
        this.currentUser = currentUser;
        this.messages = messages;
        this.mail = mail;
        this.from = from;
        this.clock = clock;
    }

    /** Whether e-mail can be sent at all (SMTP configured). */
    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    /** Writes a notification for each recipient (once per recipient and key) and e-mails those who chose this kind. */
    @Transactional
    public void notify(Collection<String> recipients, NotificationKind kind, String link, String key, List<String> args) {
        Instant now = Instant.now(clock);
        Set<String> to = new LinkedHashSet<>(recipients);
        to.remove(null);
        if (to.isEmpty()) {
            return;
        }
        // by plain JDBC, one statement each for who has it already and who wants it by e-mail: a blocked document
        // notifies every credit manager, and an order system sends documents many times a second
        List<Object> params = new ArrayList<>(to);
        params.add(key);
        jdbc.queryForList("select recipient from notification where recipient in (" + String.join(",", java.util.Collections.nCopies(to.size(), "?"))
                + ") and dedup_key = ?", String.class, params.toArray()).forEach(to::remove);
        if (to.isEmpty()) {
            return;
        }
        Set<String> byEmail = new HashSet<>(jdbc.queryForList("select username from notification_preference where kind = ? and email = true",
                String.class, kind.name()));
        java.time.OffsetDateTime at = now.atOffset(java.time.ZoneOffset.UTC);
        String text = Notification.joined(args);
        for (String user : to) {
            org.springframework.jdbc.support.GeneratedKeyHolder id = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.update(con -> {
                java.sql.PreparedStatement ps = con.prepareStatement("insert into notification (recipient, kind, args, link, dedup_key, created_at,"
                        + " emailed, version) values (?, ?, ?, ?, ?, ?, false, 0)", new String[] {"id"});
                ps.setString(1, user);
                ps.setString(2, kind.name());
                ps.setString(3, text);
                ps.setString(4, link);
                ps.setString(5, key);
                ps.setObject(6, at);
                return ps;
            }, id);
            if (byEmail.contains(user)) {
                Long created = id.getKey().longValue();
                afterCommit(() -> email(created));
            }
        }
    }

    /**
     * What a notification announced was handled (a hold released, rejected or cleared; a request decided): every
     * notification about it — key {@code subject} or {@code subject:…} — resolves for every recipient, so counts show what
     * still needs action.
     */
    @Transactional
    public int resolve(String subject) {
        java.time.OffsetDateTime at = Instant.now(clock).atOffset(java.time.ZoneOffset.UTC);
        return jdbc.update("update notification set resolved_at = ? where resolved_at is null and (dedup_key = ? or dedup_key like ?)",
                at, subject, subject.replace("%", "").replace("_", "\\_") + ":%");
    }

    /** The enabled users with a role, less those given. */
    public List<String> withRole(Role role, String... except) {
        List<String> list = new ArrayList<>(users.usernamesWithRole(role));
        list.removeAll(List.of(except));
        return list;
    }

    /** An argument shown as the message of that key in the reader's language. */
    public static String label(String key) {
        return "@" + key;
    }

    /** An argument shown as an amount in the reader's format. */
    public static String amount(java.math.BigDecimal value) {
        return "#amount:" + value.toPlainString();
    }

    /** An argument shown as a date in the reader's format. */
    public static String date(java.time.LocalDate value) {
        return "#date:" + value;
    }

    /** The text of a notification in a language, each argument as {@link #label}, {@link #amount} or {@link #date} made it. */
    public String text(Notification n, Locale locale) {
        Object[] args = n.getArgs().stream().map(a -> render(a, locale)).toArray();
        return messages.getMessage("notification." + n.getKind().name(), args, locale);
    }

    private String render(String a, Locale locale) {
        if (a.startsWith("@")) {
            return messages.getMessage(a.substring(1), null, a, locale);
        }
        try {
            if (a.startsWith("#amount:")) {
                return com.creditwb.workbench.common.i18n.Formats.amount(new java.math.BigDecimal(a.substring(8)), locale);
            }
            if (a.startsWith("#date:")) {
                return com.creditwb.workbench.common.i18n.Formats.date(java.time.LocalDate.parse(a.substring(6)), locale);
            }
        } catch (RuntimeException e) {
            return a;
        }
        return a;
    }

    private void email(Long id) {
        JavaMailSender sender = mail.getIfAvailable();
        Notification n = notifications.findById(id).orElse(null);
        if (sender == null || n == null) {
            return;
        }
        UserService.Reach reach = com.creditwb.workbench.common.SystemAuthentication.call(() -> users.reach(n.getRecipient())).orElse(null);
        if (reach == null || reach.email() == null) {
            return;
        }
        try {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(reach.email());
            m.setSubject(messages.getMessage("notification.mail.subject", new Object[] {messages.getMessage(n.getKind().messageKey(), null,
                    reach.locale())}, reach.locale()));
            m.setText(text(n, reach.locale()) + (n.getLink() == null ? "" : "\n\n" + messages.getMessage("notification.mail.open",
                    new Object[] {n.getLink()}, reach.locale())));
            sender.send(m);
            own.executeWithoutResult(status -> notifications.findById(id).ifPresent(x -> {
                x.emailed();
                notifications.saveAndFlush(x);
            }));
        } catch (MailException e) {
            log.warn("Notification {} could not be e-mailed to {}: {}", id, n.getRecipient(), e.getMessage());
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    // ---- the signed-in user's inbox

    public List<Notification> mine() {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(currentUser.username(), PageRequest.of(0, SHOWN));
    }

    public long unread() {
        return notifications.countByRecipientAndReadAtIsNullAndResolvedAtIsNull(currentUser.username());
    }

    @Transactional
    public void markRead(Long id) {
        notifications.findById(id).filter(n -> n.getRecipient().equals(currentUser.username())).ifPresent(n -> {
            n.read(Instant.now(clock));
            notifications.saveAndFlush(n);
        });
    }

    @Transactional
    public void markAllRead() {
        Instant now = Instant.now(clock);
        notifications.findByRecipientAndReadAtIsNull(currentUser.username()).forEach(n -> n.read(now));
        notifications.flush();
    }

    /** The kinds the signed-in user gets by e-mail. */
    public Set<NotificationKind> emailKinds() {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        preferences.findByUsername(currentUser.username()).stream().filter(NotificationPreference::isEmail).forEach(p -> kinds.add(p.getKind()));
        return kinds;
    }

    /** The signed-in user's e-mail address and the kinds to send there. */
    @Transactional
    public void savePreferences(String email, Set<NotificationKind> kinds) {
        users.setOwnEmail(email);
        String me = currentUser.username();
        for (NotificationKind k : NotificationKind.values()) {
            boolean on = kinds != null && kinds.contains(k);
            NotificationPreference p = preferences.findByUsernameAndKind(me, k).orElseGet(() -> new NotificationPreference(me, k, on));
            p.setEmail(on);
            preferences.save(p);
        }
        preferences.flush();
    }

    public String ownEmail() {
        return users.ownEmail();
    }
}
