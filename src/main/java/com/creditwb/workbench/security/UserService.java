package com.creditwb.workbench.security;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.i18n.Messages;
import jakarta.annotation.security.RolesAllowed;
import com.creditwb.workbench.common.validation.BeanChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, roles and passwords. Administration is ADMIN-only; everyone manages their own password and language. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final BeanChecks checks;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder encoder, BeanChecks checks, Messages messages,
            CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.checks = checks;
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A user's name and roles as others may see them (no password state). */
    public record UserSummary(String username, String displayName) {
    }

    @RolesAllowed(Role.ADMIN_)
    public List<AppUser> findAll() {
        return users.findAllByOrderByUsername();
    }

    /** Account managers who may own customers. */
    public List<UserSummary> accountManagers() {
        return users.findEnabledByRole(Role.ACCOUNT_MANAGER).stream()
                .map(u -> new UserSummary(u.getUsername(), u.getDisplayName())).toList();
    }

    /** Credit managers (to escalate a held document to, or to set an approval authority for). */
    public List<UserSummary> creditManagers() {
        return users.findEnabledByRole(Role.CREDIT_MANAGER).stream()
                .map(u -> new UserSummary(u.getUsername(), u.getDisplayName())).toList();
    }

    /** Every enabled user (for a negotiation's team, which may be anyone). */
    public List<UserSummary> enabledUsers() {
        return users.findAllByOrderByUsername().stream().filter(AppUser::isEnabled)
                .map(u -> new UserSummary(u.getUsername(), u.getDisplayName())).toList();
    }

    public Optional<UserSummary> summary(String username) {
        return users.findByUsername(username).map(u -> new UserSummary(u.getUsername(), u.getDisplayName()));
    }

    public boolean isEnabledWithRole(String username, Role role) {
        return users.findByUsername(username).filter(AppUser::isEnabled).filter(u -> u.hasRole(role)).isPresent();
    }

    /** Creates a user with a generated one-time password, which is returned once and must be changed at first sign-in. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public String create(String username, String displayName, Set<Role> roles) {
        AppUser user = new AppUser(username == null ? null : username.trim(), displayName, roles);
        validate(user);
        if (users.existsByUsername(user.getUsername())) {
            throw ValidationException.of("username", messages.get("user.error.exists"));
        }
        String password = randomPassword();
        user.setPasswordHash(encoder.encode(password));
        user.setMustChangePassword(true);
        users.save(user);
        return password;
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public AppUser update(String username, Long version, Edit edit) {
        if (username.equals(currentUser.username()) && (!edit.enabled() || edit.roles() == null || !edit.roles().contains(Role.ADMIN))) {
            throw ValidationException.of("roles", messages.get("user.error.selfLockout"));
        }
        AppUser user = load(username);
        ConcurrentEditException.unlessSame(user.getVersion(), version, messages);
        user.setDisplayName(edit.displayName());
        user.setRoles(edit.roles() == null ? Set.of() : edit.roles());
        user.setEnabled(edit.enabled());
        validate(user);
        try {
            return users.saveAndFlush(user);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ConcurrentEditException.of(e, messages);
        }
    }

    /** What ADMIN changes of a user: the name shown, the roles, whether the account is enabled. */
    public record Edit(String displayName, Set<Role> roles, boolean enabled) {
    }

    /** Sets a new one-time password for a user who forgot theirs; returns it once. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public String resetPassword(String username) {
        AppUser user = load(username);
        String password = randomPassword();
        user.setPasswordHash(encoder.encode(password));
        user.setMustChangePassword(true);
        user.setFailedAttempts(0);
        user.setLockedUntil(null);
        return password;
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = load(currentUser.username());
        if (!encoder.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
            throw ValidationException.of("currentPassword", messages.get("password.error.current"));
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw ValidationException.of("newPassword", messages.get("password.error.short", MIN_PASSWORD_LENGTH));
        }
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw ValidationException.of("newPassword", messages.get("password.error.same"));
        }
        user.setPasswordHash(encoder.encode(newPassword));
        user.setMustChangePassword(false);
    }

    public boolean mustChangePassword() {
        return users.findByUsername(currentUser.username()).map(AppUser::isMustChangePassword).orElse(false);
    }

    public Optional<Locale> preferredLocale() {
        return users.findByUsername(currentUser.username()).map(AppUser::getLocale).map(Locales::parse);
    }

    @Transactional
    public void setPreferredLocale(Locale locale) {
        users.findByUsername(currentUser.username())
                .ifPresent(u -> u.setLocale(Locales.supported(locale).toLanguageTag()));
    }

    /** Where and in which language to reach a user: their e-mail address (null if none) and preferred language. */
    public record Reach(String username, String email, Locale locale) {
    }

    public Optional<Reach> reach(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled)
                .map(u -> new Reach(u.getUsername(), u.getEmail(), u.getLocale() == null ? Locales.CHINESE : Locales.parse(u.getLocale())));
    }

    /** The enabled users with a role. */
    public List<String> usernamesWithRole(Role role) {
        return users.findEnabledUsernamesByRole(role);
    }

    /** The signed-in user's own e-mail address for notifications (blank clears it). */
    @Transactional
    public void setOwnEmail(String email) {
        String e = email == null || email.isBlank() ? null : email.strip();
        if (e != null && (e.length() > 200 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw ValidationException.of("email", messages.get("notification.error.email"));
        }
        users.findByUsername(currentUser.username()).ifPresent(u -> u.setEmail(e));
    }

    public String ownEmail() {
        return users.findByUsername(currentUser.username()).map(AppUser::getEmail).orElse(null);
    }

    public String displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }

    /** Creates a user with a known password: for the first administrator and demo users only. */
    @Transactional
    AppUser createWithPassword(String username, String displayName, Set<Role> roles, String password, boolean mustChange) {
        AppUser user = new AppUser(username, displayName, roles);
        user.setPasswordHash(encoder.encode(password));
        user.setMustChangePassword(mustChange);
        return users.save(user);
    }

    long count() {
        return users.count();
    }

    boolean exists(String username) {
        return users.existsByUsername(username);
    }

    private AppUser load(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    private void validate(AppUser user) {
        checks.check(user);
    }

    static String randomPassword() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    Clock clock() {
        return clock;
    }
}
