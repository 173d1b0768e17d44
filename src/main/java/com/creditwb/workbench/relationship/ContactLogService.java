package com.creditwb.workbench.relationship;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.relationship.domain.ActivityType;
import com.creditwb.workbench.relationship.domain.TaskSource;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact and visit log (联系纪要): who may read follows the customer's relationship rules (its account manager,
 * credit, finance, ADMIN); account managers log for their customers, credit managers and finance for any; a
 * confidential note only the author's team reads. Each next step becomes a task of its owner.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ContactLogService {

    /** A next step as typed: what, who does it (a user name), by when. */
    public record NextStep(String text, String owner, LocalDate due) {
    }

    /** A contact as the form or the API gives it. */
    public record ActivityCommand(ActivityType type, LocalDate date, String subject, String notes, List<String> ours, List<String> theirs,
            Boolean confidential, List<NextStep> nextSteps) {
    }

    /** A contact with its next steps (tasks). */
    public record View(Activity activity, List<Task> nextSteps) {
    }

    static final int MAX_PEOPLE = 20;

    private final ContactLogRepository activities;
    private final TaskRepository tasks;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    ContactLogService(ContactLogRepository activities, TaskRepository tasks, CustomerService customers, AccessPolicy policy, UserService users,
            CurrentUser currentUser, Messages messages, Clock clock) {
        this.activities = activities;
        this.tasks = tasks;
        this.customers = customers;
        this.policy = policy;
        this.users = users;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** The user's team: the role a note is written in (account management before credit before finance). */
    static String teamOf(Set<Role> roles) {
        for (Role r : List.of(Role.ACCOUNT_MANAGER, Role.CREDIT_MANAGER, Role.FINANCE, Role.ADMIN)) {
            if (roles.contains(r)) {
                return r.name();
            }
        }
        return "NONE";
    }

    /** Whether the user reads a note: not confidential, or theirs, or of their team. */
    boolean reads(String author, String team, boolean confidential) {
        return !confidential || currentUser.username().equals(author) || currentUser.roles().stream().anyMatch(r -> r.name().equals(team));
    }

    public boolean canRead(Long customerId) {
        return policy.canRead(customers.subject(AccessPolicy.Area.RELATIONSHIP, customerId));
    }

    public boolean canLog(Long customerId) {
        return policy.canEdit(customers.subject(AccessPolicy.Area.RELATIONSHIP, customerId));
    }

    @Transactional
    public View log(Long customerId, ActivityCommand c) {
        policy.checkRead(customers.subject(AccessPolicy.Area.RELATIONSHIP, customerId), "Customer", customerId);
        if (!canLog(customerId)) {
            throw new AccessDeniedException(messages.get("activity.error.notYours"));
        }
        CustomerRecord customer = customers.record(customerId);
        LocalDate today = LocalDate.now(clock);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (c.type() == null) {
            errors.add(new ValidationException.FieldError("type", messages.get("validation.required")));
        }
        if (c.date() == null || c.date().isAfter(today) || c.date().isBefore(today.minusYears(5))) {
            errors.add(new ValidationException.FieldError("date", messages.get("activity.error.date")));
        }
        String subject = PlainText.blankToNull(c.subject());
        if (subject == null || subject.length() > 200 || !PlainText.isPlain(subject)) {
            errors.add(new ValidationException.FieldError("subject", messages.get("activity.error.text", 200)));
        }
        String notes = PlainText.blankToNull(c.notes());
        if (notes != null && (notes.length() > 4000 || !PlainText.isPlainMultiline(notes))) {
            errors.add(new ValidationException.FieldError("notes", messages.get("activity.error.text", 4000)));
        }
        List<String> ours = c.ours() == null ? List.of() : c.ours().stream().distinct().toList();
        checkList(errors, "ours", ours, u -> u != null && users.summary(u).isPresent(), "activity.error.user");
        List<String> contactIds = customer.contacts().stream().map(x -> String.valueOf(x.id())).toList();
        List<String> theirs = c.theirs() == null ? List.of() : c.theirs().stream().distinct().toList();
        checkList(errors, "theirs", theirs, contactIds::contains, "activity.error.contact");
        List<NextStep> steps = c.nextSteps() == null ? List.of() : c.nextSteps();
        if (steps.size() > MAX_PEOPLE) {
            errors.add(new ValidationException.FieldError("nextSteps", messages.get("activity.error.tooMany", MAX_PEOPLE)));
        }
        for (int i = 0; i < Math.min(steps.size(), MAX_PEOPLE); i++) {
            NextStep s = steps.get(i);
            String text = s == null ? null : PlainText.blankToNull(s.text());
            if (text == null || text.length() > 500 || !PlainText.isPlain(text)) {
                errors.add(new ValidationException.FieldError("nextSteps[" + i + "].text", messages.get("activity.error.text", 500)));
            }
            if (s == null || s.owner() == null || users.summary(s.owner()).isEmpty()) {
                errors.add(new ValidationException.FieldError("nextSteps[" + i + "].owner", messages.get("activity.error.user")));
            }
            if (s == null || s.due() == null || s.due().isBefore(today.minusYears(1)) || s.due().isAfter(today.plusYears(2))) {
                errors.add(new ValidationException.FieldError("nextSteps[" + i + "].due", messages.get("activity.error.due")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean confidential = Boolean.TRUE.equals(c.confidential());
        String team = teamOf(currentUser.roles());
        Activity a = activities.saveAndFlush(new Activity(customerId, c.type(), c.date(), subject.strip(), notes == null ? null : notes.strip(), ours,
                theirs, confidential, currentUser.username(), team));
        List<Task> made = new ArrayList<>();
        for (NextStep s : steps) {
            made.add(tasks.save(new Task(TaskSource.ACTIVITY, a.getId(), customerId, s.text().strip(), s.owner(), s.due(),
                    "customers/" + customerId + "?tab=activities", confidential, team)));
        }
        tasks.flush();
        return new View(a, made);
    }

    private void checkList(List<ValidationException.FieldError> errors, String field, List<String> values,
            java.util.function.Predicate<String> known, String message) {
        if (values.size() > MAX_PEOPLE) {
            errors.add(new ValidationException.FieldError(field, messages.get("activity.error.tooMany", MAX_PEOPLE)));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!known.test(values.get(i))) {
                errors.add(new ValidationException.FieldError(field + "[" + i + "]", messages.get(message)));
            }
        }
    }

    /** The customer's contacts the user may read, newest first, each with its next steps. */
    public List<View> activities(Long customerId) {
        policy.checkRead(customers.subject(AccessPolicy.Area.RELATIONSHIP, customerId), "Customer", customerId);
        return activities.findByCustomerIdOrderByHappenedOnDescIdDesc(customerId).stream()
                .filter(a -> reads(a.getAuthor(), a.getTeam(), a.isConfidential()))
                .map(a -> new View(a, tasks.findBySourceAndSourceIdOrderByIdAsc(TaskSource.ACTIVITY, a.getId()))).toList();
    }
}
