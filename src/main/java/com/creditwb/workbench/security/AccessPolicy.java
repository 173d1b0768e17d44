package com.creditwb.workbench.security;

import com.creditwb.workbench.common.NotFoundException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one access policy: who may read, edit or decide which record, by role, ownership and team
 * membership. Every service (and through them every view, list, export and the History tab) asks
 * here; no feature decides "does this user own that customer" on its own.
 *
 * <p>The rules, per area of the workbench (README, "Roles"):
 * <table>
 * <tr><th>area</th><th>read</th><th>edit</th><th>decide</th></tr>
 * <tr><td>CUSTOMER</td><td>everyone signed in</td><td>ADMIN, owner</td><td>—</td></tr>
 * <tr><td>CREDIT_FILE</td><td>ADMIN, CREDIT_MANAGER, FINANCE, owner</td><td>ADMIN, CREDIT_MANAGER</td><td>—</td></tr>
 * <tr><td>CREDIT</td><td>ADMIN, CREDIT_MANAGER, FINANCE, owner</td><td>CREDIT_MANAGER</td><td>CREDIT_MANAGER</td></tr>
 * <tr><td>KEY_ACCOUNT</td><td>ADMIN, CREDIT_MANAGER, FINANCE, owner</td><td>ADMIN, owner</td><td>—</td></tr>
 * <tr><td>ECONOMICS</td><td>ADMIN, CREDIT_MANAGER, FINANCE, owner</td><td>ADMIN, FINANCE, owner</td><td>—</td></tr>
 * <tr><td>PLAN</td><td>ADMIN, CREDIT_MANAGER, owner, team</td><td>owner</td><td>—</td></tr>
 * <tr><td>ALLIANCE</td><td>ADMIN, CREDIT_MANAGER, owner, team</td><td>owner, team</td><td>owner</td></tr>
 * <tr><td>NEGOTIATION</td><td>ADMIN, owner, team</td><td>owner, team</td><td>owner</td></tr>
 * <tr><td>SERVICE</td><td>ADMIN, CREDIT_MANAGER, owner</td><td>owner</td><td>—</td></tr>
 * <tr><td>COMPLAINT</td><td>ADMIN, CREDIT_MANAGER, owner, team (raiser, assignee)</td><td>owner, team</td><td>—</td></tr>
 * </table>
 * "Owner" is the account manager who owns the record (for customer-bound areas the customer's
 * account manager); "team" are the further users a record names (a plan: its customer's account manager).
 */
@Component
public class AccessPolicy {

    /** The parts of the workbench whose records the policy rules on. */
    public enum Area {
        CUSTOMER, CREDIT_FILE, CREDIT, KEY_ACCOUNT, ECONOMICS, PLAN, ALLIANCE, NEGOTIATION, SERVICE, COMPLAINT, RELATIONSHIP
    }

    /** READ, EDIT and DECIDE on the record; AUDIT: see who opened it (its read log). */
    public enum Action {
        READ, EDIT, DECIDE, AUDIT
    }

    /** A record as the policy sees it: its area, owner and team (usernames). */
    public record Subject(Area area, String owner, Set<String> team) {

        public Subject {
            team = team == null ? Set.of() : Set.copyOf(team);
        }

        public static Subject of(Area area, String owner) {
            return new Subject(area, owner, Set.of());
        }
    }

    private final CurrentUser currentUser;

    public AccessPolicy(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canRead(Subject s) {
        return can(Action.READ, s);
    }

    public boolean canEdit(Subject s) {
        return can(Action.EDIT, s);
    }

    public boolean canDecide(Subject s) {
        return can(Action.DECIDE, s);
    }

    public boolean canAudit(Subject s) {
        return can(Action.AUDIT, s);
    }

    public boolean can(Action action, Subject s) {
        if (!currentUser.isSignedIn()) {
            return false;
        }
        return decide(action, s, currentUser.username(), currentUser.roles());
    }

    /** The rule itself, for a given user and roles (plain, for tests). */
    static boolean decide(Action action, Subject s, String user, Set<Role> roles) {
        boolean admin = roles.contains(Role.ADMIN);
        boolean credit = roles.contains(Role.CREDIT_MANAGER);
        boolean finance = roles.contains(Role.FINANCE);
        boolean owner = user != null && user.equals(s.owner()) && roles.contains(Role.ACCOUNT_MANAGER);
        boolean member = user != null && s.team().contains(user);
        if (action == Action.AUDIT) {
            return switch (s.area()) {
                case CREDIT -> admin || credit;
                case ALLIANCE, NEGOTIATION -> admin || owner;
                default -> admin;
            };
        }
        return switch (s.area()) {
            case CUSTOMER -> switch (action) {
                case READ -> true;
                case EDIT -> admin || owner;
                default -> false;
            };
            case CREDIT_FILE -> switch (action) {
                case READ -> admin || credit || finance || owner;
                case EDIT -> admin || credit;
                default -> false;
            };
            case CREDIT -> switch (action) {
                case READ -> admin || credit || finance || owner;
                default -> credit;
            };
            case KEY_ACCOUNT -> switch (action) {
                case READ -> admin || credit || finance || owner;
                case EDIT -> admin || owner;
                default -> false;
            };
            case ECONOMICS -> switch (action) {
                case READ -> admin || credit || finance || owner;
                case EDIT -> admin || finance || owner;
                default -> false;
            };
            case PLAN -> switch (action) {
                case READ -> admin || credit || owner || member;
                case EDIT -> owner;
                default -> false;
            };
            case ALLIANCE -> switch (action) {
                case READ -> admin || credit || owner || member;
                case EDIT -> owner || member;
                default -> owner;
            };
            case NEGOTIATION -> switch (action) {
                case READ -> admin || owner || member;
                case EDIT -> owner || member;
                default -> owner;
            };
            case SERVICE -> switch (action) {
                case READ -> admin || credit || owner;
                case EDIT -> owner;
                default -> false;
            };
            // the contact log: whoever works with the customer reads it and logs a contact (a confidential note is
            // further kept to its author's team by the relationship feature)
            case RELATIONSHIP -> switch (action) {
                case READ -> admin || credit || finance || owner;
                case EDIT -> credit || finance || owner;
                default -> false;
            };
            case COMPLAINT -> switch (action) {
                case READ -> admin || credit || owner || member;
                case EDIT -> owner || member;
                default -> false;
            };
        };
    }

    /**
     * Refuses a record the user may not read as if it did not exist (404 in the API, "not found" in the
     * UI), so that a refusal does not tell the caller that the record exists.
     */
    public void checkRead(Subject s, String entity, Object key) {
        if (!canRead(s)) {
            throw new NotFoundException(entity, key);
        }
    }
}
