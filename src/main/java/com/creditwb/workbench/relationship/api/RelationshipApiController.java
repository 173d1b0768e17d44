package com.creditwb.workbench.relationship.api;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.relationship.Activity;
import com.creditwb.workbench.relationship.ContactLogService;
import com.creditwb.workbench.relationship.Task;
import com.creditwb.workbench.relationship.TaskService;
import com.creditwb.workbench.relationship.domain.ActivityType;
import com.creditwb.workbench.relationship.domain.TaskDue;
import com.creditwb.workbench.relationship.domain.TaskSource;
import com.creditwb.workbench.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contact and visit log and the task list over REST. */
@RestController
@Tag(name = "Relationship")
class RelationshipApiController {

    private final ContactLogService activities;
    private final TaskService tasks;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final Messages messages;

    RelationshipApiController(ContactLogService activities, TaskService tasks, CustomerService customers, CurrentUser currentUser, Messages messages) {
        this.activities = activities;
        this.tasks = tasks;
        this.customers = customers;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    record NextStepRequest(String text, String owner, LocalDate due) {
    }

    record ActivityRequest(ActivityType type, LocalDate date, String subject, String notes, @Schema(description = "Our people: user names") List<String> ours,
            @Schema(description = "Their people: ids of the customer's contacts") List<String> theirs, Boolean confidential,
            List<NextStepRequest> nextSteps) {
    }

    record TaskDto(Long id, String text, String owner, LocalDate due, TaskSource source, String link, boolean done) {

        static TaskDto of(Task t) {
            return new TaskDto(t.getId(), t.getText(), t.getOwner(), t.getDueOn(), t.getSource(), t.getLink(), t.isDone());
        }
    }

    record ActivityDto(Long id, String customer, ActivityType type, LocalDate date, String subject, String notes, List<String> ours,
            List<String> theirs, boolean confidential, String author, List<TaskDto> nextSteps) {
    }

    record ReassignRequest(String owner) {
    }

    @Operation(operationId = "logActivity", summary = "Logs a visit, call, meeting, e-mail or WeChat with a customer; its next steps become tasks: 201")
    @PostMapping(path = "/api/customers/{idOrCode}/activities", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActivityDto> log(@PathVariable String idOrCode, @RequestBody ActivityRequest body) {
        Long id = customers.idOf(idOrCode);
        List<ContactLogService.NextStep> steps = body.nextSteps() == null ? null : body.nextSteps().stream()
                .map(s -> s == null ? null : new ContactLogService.NextStep(s.text(), s.owner(), s.due())).toList();
        ContactLogService.View v = activities.log(id, new ContactLogService.ActivityCommand(body.type(), body.date(), body.subject(), body.notes(),
                body.ours(), body.theirs(), body.confidential(), steps));
        return ResponseEntity.created(URI.create("/api/customers/" + idOrCode + "/activities")).body(dto(v, customers.record(id).code()));
    }

    @Operation(operationId = "listActivities", summary = "The customer's contacts the user may read, newest first")
    @GetMapping(path = "/api/customers/{idOrCode}/activities", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ActivityDto> list(@PathVariable String idOrCode) {
        Long id = customers.idOf(idOrCode);
        String code = customers.record(id).code();
        return activities.activities(id).stream().map(v -> dto(v, code)).toList();
    }

    @Operation(operationId = "listTasks", summary = "Open tasks of a user (me: the signed-in one; another's for ADMIN), soonest first")
    @GetMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TaskDto> tasks(@RequestParam(required = false) String owner,
            @Parameter(description = "OVERDUE, TODAY, WEEK (to Sunday), ALL, or a date: due on or before it") @RequestParam(required = false) String due) {
        String who = owner == null || "me".equals(owner) ? currentUser.username() : owner;
        TaskDue filter = TaskDue.ALL;
        LocalDate until = null;
        if (due != null && !due.isBlank()) {
            try {
                filter = TaskDue.valueOf(due);
            } catch (IllegalArgumentException notAName) {
                try {
                    until = LocalDate.parse(due);
                } catch (DateTimeParseException notADate) {
                    throw ValidationException.of("due", messages.get("task.error.due"));
                }
            }
        }
        return tasks.tasks(who, filter, until).stream().map(TaskDto::of).toList();
    }

    @Operation(operationId = "completeTask", summary = "Marks a task done (its owner or ADMIN): 200")
    @PostMapping(path = "/api/tasks/{id}/done", produces = MediaType.APPLICATION_JSON_VALUE)
    TaskDto done(@PathVariable long id) {
        return TaskDto.of(tasks.done(id));
    }

    @Operation(operationId = "reassignTask", summary = "Hands a task to another user (its owner or ADMIN)")
    @PostMapping(path = "/api/tasks/{id}/reassign", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    TaskDto reassign(@PathVariable long id, @RequestBody ReassignRequest body) {
        return TaskDto.of(tasks.reassign(id, body.owner()));
    }

    private static ActivityDto dto(ContactLogService.View v, String code) {
        Activity a = v.activity();
        return new ActivityDto(a.getId(), code, a.getType(), a.getHappenedOn(), a.getSubject(), a.getNotes(), a.getOurs(), a.getTheirs(),
                a.isConfidential(), a.getAuthor(), v.nextSteps().stream().map(TaskDto::of).toList());
    }
}
