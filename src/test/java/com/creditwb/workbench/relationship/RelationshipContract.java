package com.creditwb.workbench.relationship;

import static com.creditwb.workbench.TestClockConfig.DATE;
import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.AuditLogEntry;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.relationship.domain.ActivityType;
import com.creditwb.workbench.relationship.domain.TaskDue;
import com.creditwb.workbench.relationship.domain.TaskSource;
import com.creditwb.workbench.statement.StatementService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The contact log and the task list on a real database: next steps become their owners' tasks, a collection contact's
 * next action too; a confidential note stays with its author's team; done and reassigned are in the customer's history.
 */
abstract class RelationshipContract {

    static final String AM = "ACCOUNT_MANAGER";
    static final String CM = "CREDIT_MANAGER";

    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    ContactLogService activities;
    @Autowired
    TaskService tasks;
    @Autowired
    com.creditwb.workbench.collection.ActivityService collectionContacts;

    ContactLogService.ActivityCommand visit(String subject, boolean confidential, ContactLogService.NextStep... steps) {
        return new ContactLogService.ActivityCommand(ActivityType.VISIT, DATE.minusDays(1), subject, "met the CFO about next year's volume",
                List.of("account1"), List.of(), confidential, List.of(steps));
    }

    @Test
    void next_steps_become_their_owners_tasks_and_done_and_reassigned_are_in_the_history() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        ContactLogService.View v = as("account1", AM, () -> activities.log(c.getId(), visit("annual review", false,
                new ContactLogService.NextStep("send the revised price list", "account1", DATE.plusDays(2)),
                new ContactLogService.NextStep("check the new payment terms", "credit1", DATE.minusDays(1)))));
        assertThat(v.nextSteps()).extracting(Task::getOwner).containsExactly("account1", "credit1");
        assertThat(as("credit1", CM, () -> tasks.tasks(null, TaskDue.OVERDUE))).anySatisfy(t -> {
            assertThat(t.getText()).isEqualTo("check the new payment terms");
            assertThat(t.getSource()).isEqualTo(TaskSource.ACTIVITY);
            assertThat(t.getLink()).isEqualTo("customers/" + c.getId() + "?tab=activities");
        });
        Task mine = as("account1", AM, () -> tasks.tasks(null, TaskDue.WEEK)).stream().filter(t -> t.getSourceId().equals(v.activity().getId()))
                .findFirst().orElseThrow();
        // another user's task is not found; ADMIN reads anyone's
        assertThatThrownBy(() -> as("account2", AM, () -> tasks.done(mine.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("account2", AM, () -> tasks.tasks("account1", TaskDue.ALL))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", "ADMIN", () -> tasks.tasks("account1", TaskDue.ALL))).extracting(Task::getId).contains(mine.getId());

        as("account1", AM, () -> tasks.reassign(mine.getId(), "account2"));
        assertThat(as("account2", AM, () -> tasks.tasks(null, TaskDue.ALL))).extracting(Task::getId).contains(mine.getId());
        as("account2", AM, () -> tasks.done(mine.getId()));
        assertThat(as("account2", AM, () -> tasks.tasks(null, TaskDue.ALL))).extracting(Task::getId).doesNotContain(mine.getId());
        List<AuditLogEntry> history = as("account1", AM, () -> customers.history(c.getId()));
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getEntityType()).isEqualTo("Task");
            assertThat(e.getField()).isEqualTo("owner");
            assertThat(e.getNewValue()).isEqualTo("account2");
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getEntityType()).isEqualTo("Task");
            assertThat(e.getField()).isEqualTo("done");
            assertThat(e.getNewValue()).isEqualTo("true");
        });
    }

    @Test
    void a_confidential_note_is_read_by_its_authors_team_alone_and_its_words_stay_out_of_the_history() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        as("account1", AM, () -> activities.log(c.getId(), visit("succession in the family business", true)));
        as("credit1", CM, () -> activities.log(c.getId(), new ContactLogService.ActivityCommand(ActivityType.CALL, DATE, "credit visit booked", null,
                List.of("credit1"), List.of(), false, List.of())));
        assertThat(as("account1", AM, () -> activities.activities(c.getId()))).extracting(x -> x.activity().getSubject())
                .containsExactlyInAnyOrder("succession in the family business", "credit visit booked");
        // credit and ADMIN are other teams; another account manager does not read the customer at all
        assertThat(as("credit1", CM, () -> activities.activities(c.getId()))).extracting(x -> x.activity().getSubject())
                .containsExactly("credit visit booked");
        assertThat(as("admin", "ADMIN", () -> activities.activities(c.getId()))).hasSize(1);
        assertThatThrownBy(() -> as("account2", AM, () -> activities.activities(c.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("account2", AM, () -> activities.log(c.getId(), visit("x", false)))).isInstanceOf(NotFoundException.class);
        assertThat(as("credit1", CM, () -> customers.history(c.getId())))
                .noneMatch(e -> String.valueOf(e.getNewValue()).contains("succession"));
    }

    @Test
    void a_contact_is_refused_field_by_field_and_a_collection_contacts_next_action_is_a_task() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        assertThatThrownBy(() -> as("account1", AM, () -> activities.log(c.getId(), new ContactLogService.ActivityCommand(null, DATE.plusDays(1), " ",
                "ok", List.of("nobody"), List.of("999999"), false, List.of(new ContactLogService.NextStep("", "credit1", DATE.plusYears(3)))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                        .containsExactly("type", "date", "subject", "ours[0]", "theirs[0]", "nextSteps[0].text", "nextSteps[0].due"));
        assertThat(as("account1", AM, () -> activities.activities(c.getId()))).isEmpty();

        var logged = as("credit1", CM, () -> collectionContacts.log(c.getId(), new com.creditwb.workbench.collection.ActivityService.ActivityCommand(
                com.creditwb.workbench.collection.CollectionActivity.Kind.CALL, DATE, "Mr Sun", "will pay on Friday", "call Mr Sun again", DATE.plusDays(3))));
        assertThat(as("credit1", CM, () -> tasks.tasks(null, TaskDue.WEEK))).anySatisfy(t -> {
            assertThat(t.getSource()).isEqualTo(TaskSource.COLLECTION);
            assertThat(t.getSourceId()).isEqualTo(logged.getId());
            assertThat(t.getText()).isEqualTo("call Mr Sun again");
            assertThat(t.getDueOn()).isEqualTo(DATE.plusDays(3));
        });
    }

    @Autowired
    CadenceService cadence;

    @Test
    void a_customer_is_due_for_contact_its_cadence_after_the_last_contact_and_at_once_when_never_contacted() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        as("account1", AM, () -> {
            Customer stored = customers.get(c.getId());
            stored.setRelationshipLevel(com.creditwb.workbench.customer.domain.RelationshipLevel.PARTNERSHIP);
            return customers.update(stored);
        });
        java.util.function.Supplier<CadenceService.Due> mine = () -> as("account1", AM, () -> cadence.due(7)).stream()
                .filter(d -> d.customerId().equals(c.getId())).findFirst().orElse(null);
        // partnership: every 30 days (no key-account tier here); never contacted: due today
        assertThat(mine.get().dueOn()).isEqualTo(DATE);
        assertThat(mine.get().lastContact()).isNull();
        assertThat(as("account2", AM, () -> cadence.due(7))).noneMatch(d -> d.customerId().equals(c.getId()));
        // visited 40 days ago: due 10 days ago
        as("account1", AM, () -> activities.log(c.getId(), new ContactLogService.ActivityCommand(ActivityType.VISIT, DATE.minusDays(40), "visit", null,
                List.of("account1"), List.of(), false, List.of())));
        assertThat(mine.get().dueOn()).isEqualTo(DATE.minusDays(10));
        // called yesterday: next due in 29 days, beyond the week shown
        as("account1", AM, () -> activities.log(c.getId(), new ContactLogService.ActivityCommand(ActivityType.CALL, DATE.minusDays(1), "call", null,
                List.of("account1"), List.of(), false, List.of())));
        assertThat(mine.get()).isNull();
        Long partnership = as("admin", "ADMIN", () -> cadence.rules()).stream().filter(r -> r.getValue().equals("PARTNERSHIP")).findFirst()
                .orElseThrow().getId();
        assertThatThrownBy(() -> as("account1", AM, () -> {
            cadence.save(java.util.Map.of(partnership, 7));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            cadence.save(java.util.Map.of(partnership, 0));
            return null;
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                .containsExactly("days[" + partnership + "]"));
        try {
            as("admin", "ADMIN", () -> {
                cadence.save(java.util.Map.of(partnership, 7));
                return null;
            });
            // every 7 days now: yesterday + 7
            assertThat(mine.get().dueOn()).isEqualTo(DATE.plusDays(6));
        } finally {
            as("admin", "ADMIN", () -> {
                cadence.save(java.util.Map.of(partnership, 30));
                return null;
            });
        }
    }
}
