package com.creditwb.workbench.relationship;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.relationship.domain.TaskDue;
import com.creditwb.workbench.relationship.domain.TaskSource;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One task list across the workbench (待办): next steps of contacts and the next actions of collection contacts become
 * tasks of their owner; each user sees their own (ADMIN anyone's), marks them done or hands them to another user — both
 * in the customer's history. A task from a confidential note is shown to its owner.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TaskService {

    private final TaskRepository tasks;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    TaskService(TaskRepository tasks, UserService users, CurrentUser currentUser, Messages messages, Clock clock) {
        this.tasks = tasks;
        this.users = users;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the user works with customers day to day (account managers, credit managers, finance): the dashboard shows their tasks. */
    public boolean hasList() {
        return currentUser.hasAnyRole(Role.ACCOUNT_MANAGER, Role.CREDIT_MANAGER, Role.FINANCE);
    }

    /** The open tasks of the owner (the user, or anyone's for ADMIN) the filter keeps, soonest due first. */
    public List<Task> tasks(String owner, TaskDue due) {
        return tasks(owner, due, null);
    }

    /** The same, due on or before {@code until} as well when it is given. */
    public List<Task> tasks(String owner, TaskDue due, LocalDate until) {
        String who = owner == null ? currentUser.username() : owner;
        if (!who.equals(currentUser.username()) && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException(messages.get("task.error.notYours"));
        }
        LocalDate today = LocalDate.now(clock);
        TaskDue filter = due == null ? TaskDue.ALL : due;
        return tasks.findByOwnerAndDoneFalseOrderByDueOnAscIdAsc(who).stream().filter(t -> filter.keeps(t.getDueOn(), today))
                .filter(t -> until == null || !t.getDueOn().isAfter(until)).toList();
    }

    public Task get(Long id) {
        Task t = tasks.findById(id).orElseThrow(() -> new NotFoundException("Task", id));
        if (!t.getOwner().equals(currentUser.username()) && !currentUser.hasRole(Role.ADMIN)) {
            throw new NotFoundException("Task", id);
        }
        return t;
    }

    /** Marks the task done (again: nothing changes). */
    @Transactional
    public Task done(Long id) {
        Task t = get(id);
        if (!t.isDone()) {
            t.done(currentUser.username(), clock.instant());
            tasks.saveAndFlush(t);
        }
        return t;
    }

    /** Hands the task to another enabled user. */
    @Transactional
    public Task reassign(Long id, String to) {
        Task t = get(id);
        if (to == null || users.summary(to).isEmpty() || users.enabledUsers().stream().noneMatch(u -> u.username().equals(to))) {
            throw ValidationException.of("owner", messages.get("activity.error.user"));
        }
        if (t.isDone()) {
            throw ValidationException.of("done", messages.get("task.error.done"));
        }
        t.reassign(to);
        return tasks.saveAndFlush(t);
    }

    /** A collection contact's next action: a task of its author, linked to the customer's collections. */
    @EventListener
    @Transactional
    void collectionNextAction(com.creditwb.workbench.collection.ActivityService.NextActionLogged e) {
        tasks.saveAndFlush(new Task(TaskSource.COLLECTION, e.activityId(), e.customerId(), e.text(), e.owner(), e.due(),
                "customers/" + e.customerId() + "?tab=collections", false, null));
    }
}
