package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts with a customer about what it owes (催收记录): logged by whoever may read its collection status — its
 * collector, a credit manager, finance, or its account manager — and shown on its Collections tab and in its history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActivityService {

    /** A contact as logged. */
    public record ActivityCommand(CollectionActivity.Kind kind, LocalDate date, String contact, String outcome, String nextAction,
            LocalDate nextActionDate) {
    }

    /** A contact with a next action was logged: the action, its owner (the author) and date (announced to the task list). */
    public record NextActionLogged(Long customerId, Long activityId, String text, String owner, LocalDate due) {
    }

    private final ActivityRepository activities;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final OpenItemService items;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final TextChecks texts;
    private final Clock clock;

    ActivityService(org.springframework.context.ApplicationEventPublisher events, TextChecks texts, ActivityRepository activities, OpenItemService items, CurrentUser currentUser, Messages messages, Clock clock) {
        this.activities = activities;
        this.events = events;
        this.items = items;
        this.currentUser = currentUser;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional
    public CollectionActivity log(Long customerId, ActivityCommand c) {
        items.checkRead(customerId);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (c.kind() == null) {
            errors.add(new ValidationException.FieldError("kind", messages.get("collection.error.required")));
        }
        if (c.date() == null || c.date().isAfter(today) || c.date().isBefore(today.minusYears(1))) {
            errors.add(new ValidationException.FieldError("date", messages.get("collection.activity.error.date")));
        }
        String contact = texts.optional(errors, "contact", c.contact(), 200, false);
        String outcome = texts.required(errors, "outcome", c.outcome(), 1000, true);
        String next = texts.optional(errors, "nextAction", c.nextAction(), 200, false);
        if (next != null && c.nextActionDate() == null || c.nextActionDate() != null
                && (c.nextActionDate().isBefore(today) || c.nextActionDate().isAfter(today.plusYears(1)))) {
            errors.add(new ValidationException.FieldError("nextActionDate", messages.get("collection.activity.error.nextDate")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CollectionActivity saved = activities.saveAndFlush(new CollectionActivity(customerId, c.kind(), c.date(), contact, outcome, next,
                c.nextActionDate(), currentUser.username()));
        if (next != null) {
            events.publishEvent(new NextActionLogged(customerId, saved.getId(), next, saved.getAuthor(), c.nextActionDate()));
        }
        return saved;
    }

    /** The customer's contacts, latest first. */
    public List<CollectionActivity> activities(Long customerId) {
        items.checkRead(customerId);
        return activities.findByCustomerIdOrderByHappenedOnDescIdDesc(customerId);
    }
}
