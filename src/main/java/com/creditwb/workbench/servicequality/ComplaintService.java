package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.files.FileStore;
import com.creditwb.workbench.common.files.UploadChecks;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints (投诉): any signed-in user raises one for a customer; it is handled by its assignee (the customer's
 * account manager unless another is named) through {@link ComplaintFlow}, every step timed and audited. Read by the
 * customer's account manager, the raiser and the assignee, credit managers and ADMIN (the access policy's COMPLAINT
 * area). Targets by severity (ADMIN); what is past its target is overdue.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ComplaintService {

    /** What is raised or edited. */
    public record Form(ComplaintFlow.Category category, ComplaintFlow.Severity severity, String description, String assignee) {
    }

    /** The list's filter: a customer, a status, only those overdue. */
    public record Filter(Long customerId, ComplaintFlow.Status status, boolean overdueOnly) {

        public static final Filter ALL = new Filter(null, null, false);
    }

    /** A file sent with a complaint, not yet checked. */
    public record NewFile(String name, byte[] content) {
    }

    /** An attachment's bytes with its name and type, for download. */
    public record Download(String fileName, String contentType, long size, InputStream content) {
    }

    private final ComplaintRepository complaints;
    private final ComplaintAttachmentRepository attachments;
    private final FileStore files;
    private final UploadChecks uploads;
    private final ComplaintSettingsRepository settings;
    private final CustomerService customers;
    private final UserService users;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, ComplaintAttachmentRepository attachments, FileStore files, UploadChecks uploads,
            ComplaintSettingsRepository settings, CustomerService customers, UserService users,
            AccessPolicy policy, CurrentUser currentUser, Messages messages, Clock clock) {
        this.complaints = complaints;
        this.attachments = attachments;
        this.files = files;
        this.uploads = uploads;
        this.settings = settings;
        this.customers = customers;
        this.users = users;
        this.policy = policy;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    AccessPolicy.Subject subject(Complaint c) {
        Set<String> team = new java.util.HashSet<>();
        team.add(c.getAssignee());
        if (c.getCreatedBy() != null) {
            team.add(c.getCreatedBy());
        }
        return new AccessPolicy.Subject(AccessPolicy.Area.COMPLAINT, customers.ownerOf(c.getCustomerId()), team);
    }

    public boolean canRead(Complaint c) {
        return policy.canRead(subject(c));
    }

    public boolean canEdit(Complaint c) {
        return c.getStatus() != ComplaintFlow.Status.CLOSED && policy.canEdit(subject(c));
    }

    private Complaint readable(Long id) {
        Complaint c = complaints.findById(id).orElseThrow(() -> new NotFoundException("Complaint", id));
        policy.checkRead(subject(c), "Complaint", id);
        return c;
    }

    private Complaint editable(Long id, Long version) {
        Complaint c = readable(id);
        if (!canEdit(c)) {
            throw new AccessDeniedException("complaint " + id);
        }
        ConcurrentEditException.unlessSame(c.getVersion(), version, messages);
        return c;
    }

    public Complaint get(Long id) {
        return readable(id);
    }

    /** The customer a complaint is about, for who may read the complaint (another feature links to it by id). */
    public Long customerOf(Long complaintId) {
        return get(complaintId).getCustomerId();
    }

    /** Those the user may read that the filter accepts, newest first. */
    public List<Complaint> list(Filter filter) {
        boolean all = currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER);
        List<Complaint> found = filter.customerId() != null ? complaints.findByCustomerIdOrderByRaisedAtDescIdDesc(filter.customerId())
                : all ? complaints.findAllNewestFirst() : forUser(currentUser.username());
        Instant now = Instant.now(clock);
        return found.stream().filter(this::canRead)
                .filter(c -> filter.status() == null || c.getStatus() == filter.status())
                .filter(c -> !filter.overdueOnly() || overdue(c, now)).toList();
    }

    /** Raised by any signed-in user for a customer; handled by the customer's account manager unless another user is named. */
    @Transactional
    public Complaint raise(Long customerId, Form form) {
        return raise(customerId, form, List.of());
    }

    /**
     * Raised together with its files: every file is checked before anything is stored, so a bad one leaves neither the
     * complaint nor the other files behind.
     */
    @Transactional
    public Complaint raise(Long customerId, Form form, List<NewFile> newFiles) {
        String owner = customers.ownerOf(customerId);
        String assignee = form.assignee() == null || form.assignee().isBlank() ? owner : form.assignee().strip();
        validate(form, assignee);
        List<UploadChecks.CheckedFile> checked = newFiles.stream().map(f -> uploads.check(f.name(), f.content())).toList();
        Complaint saved = complaints.saveAndFlush(new Complaint(customerId, form.category(), form.severity(), form.description().strip(),
                assignee, Instant.now(clock)));
        for (int i = 0; i < checked.size(); i++) {
            store(saved, checked.get(i), newFiles.get(i).content());
        }
        return saved;
    }

    // ---- attachments

    public long maxAttachmentBytes() {
        return uploads.maxBytes();
    }

    public List<ComplaintAttachment> attachments(Long complaintId) {
        readable(complaintId);
        return attachments.findByComplaintIdOrderByIdAsc(complaintId);
    }

    /** Adds a file to an open complaint (those who may edit it); checked as every upload is, the bytes gone again on rollback. */
    @Transactional
    public ComplaintAttachment attach(Long complaintId, String fileName, byte[] content) {
        Complaint c = readable(complaintId);
        if (!canEdit(c)) {
            throw new AccessDeniedException("complaint " + complaintId);
        }
        return store(c, uploads.check(fileName, content), content);
    }

    private ComplaintAttachment store(Complaint c, UploadChecks.CheckedFile file, byte[] content) {
        String key = files.storeInTransaction(content);
        return attachments.saveAndFlush(new ComplaintAttachment(c, file.name(), file.contentType(), file.size(), file.sha256(), key));
    }

    public Download download(Long complaintId, Long attachmentId) {
        readable(complaintId);
        ComplaintAttachment a = attachment(complaintId, attachmentId);
        try {
            return new Download(a.getFileName(), a.getContentType(), a.getSizeBytes(), files.open(a.getStorageKey()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Transactional
    public void deleteAttachment(Long complaintId, Long attachmentId) {
        Complaint c = readable(complaintId);
        if (!canEdit(c)) {
            throw new AccessDeniedException("complaint " + complaintId);
        }
        ComplaintAttachment a = attachment(complaintId, attachmentId);
        attachments.delete(a);
        attachments.flush();
        files.deleteAfterCommit(List.of(a.getStorageKey()));
    }

    private ComplaintAttachment attachment(Long complaintId, Long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.getComplaintId().equals(complaintId))
                .orElseThrow(() -> new NotFoundException("ComplaintAttachment", attachmentId));
    }

    @Transactional
    public Complaint update(Long id, Long version, Form form) {
        return update(id, version, form, null);
    }

    /**
     * Saves the complaint and, when {@code draft} is not null, the text typed for its next step (the resolution, the
     * customer's feedback, the follow-up note) without taking the step: a plain save never drops what was typed.
     */
    @Transactional
    public Complaint update(Long id, Long version, Form form, String draft) {
        Complaint c = editable(id, version);
        String assignee = form.assignee() == null || form.assignee().isBlank() ? c.getAssignee() : form.assignee().strip();
        validate(form, assignee);
        if (draft != null && (draft.length() > 2000 || !PlainText.isPlainMultiline(draft))) {
            throw ValidationException.of("text", messages.get("complaint.error.long", 2000));
        }
        c.describe(form.category(), form.severity(), form.description().strip(), assignee);
        ComplaintFlow.Step next = ComplaintFlow.next(c.getStatus());
        if (draft != null && next != null) {
            c.keepDraft(next, draft.isBlank() ? null : draft.strip());
        }
        return complaints.saveAndFlush(c);
    }

    /** The next step: start, resolve (the resolution), the customer's feedback (satisfied or not), the follow-up visit, close. */
    @Transactional
    public Complaint step(Long id, Long version, ComplaintFlow.Step step, String text, Boolean satisfied) {
        Complaint c = editable(id, version);
        if (step == null || ComplaintFlow.next(c.getStatus()) != step) {
            throw ValidationException.of("step", messages.get("complaint.error.step"));
        }
        boolean needsText = step == ComplaintFlow.Step.RESOLVE || step == ComplaintFlow.Step.FOLLOW_UP;
        if (needsText && (text == null || text.isBlank())) {
            throw ValidationException.of("text", messages.get("complaint.error.text." + step.name()));
        }
        if (text != null && (text.length() > 2000 || !PlainText.isPlainMultiline(text))) {
            throw ValidationException.of("text", messages.get("complaint.error.long", 2000));
        }
        if (step == ComplaintFlow.Step.FEEDBACK && satisfied == null) {
            throw ValidationException.of("satisfied", messages.get("complaint.error.satisfied"));
        }
        c.take(step, text == null || text.isBlank() ? null : text.strip(), satisfied, Instant.now(clock));
        return complaints.saveAndFlush(c);
    }

    private void validate(Form f, String assignee) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (f.category() == null) {
            errors.add(new ValidationException.FieldError("category", messages.get("validation.required")));
        }
        if (f.severity() == null) {
            errors.add(new ValidationException.FieldError("severity", messages.get("validation.required")));
        }
        if (f.description() == null || f.description().isBlank() || f.description().length() > 4000 || !PlainText.isPlainMultiline(f.description())) {
            errors.add(new ValidationException.FieldError("description", messages.get("complaint.error.description")));
        }
        if (assignee == null || users.summary(assignee).isEmpty()) {
            errors.add(new ValidationException.FieldError("assignee", messages.get("complaint.error.assignee")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    // ---- targets

    public Map<ComplaintFlow.Severity, ComplaintFlow.Target> targets() {
        return settings.findFirstByOrderByIdAsc().map(ComplaintSettings::getTargets).orElse(ComplaintFlow.DEFAULT_TARGETS);
    }

    public boolean canSetTargets() {
        return currentUser.hasRole(Role.ADMIN);
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public Map<ComplaintFlow.Severity, ComplaintFlow.Target> saveTargets(Map<ComplaintFlow.Severity, ComplaintFlow.Target> targets) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        Map<ComplaintFlow.Severity, ComplaintFlow.Target> t = new EnumMap<>(ComplaintFlow.Severity.class);
        for (ComplaintFlow.Severity s : ComplaintFlow.Severity.values()) {
            ComplaintFlow.Target x = targets == null ? null : targets.get(s);
            if (x == null || x.responseHours() < 1 || x.resolutionHours() < x.responseHours() || x.resolutionHours() > 24 * 365) {
                errors.add(new ValidationException.FieldError("targets." + s.name(), messages.get("complaint.error.target")));
            } else {
                t.put(s, x);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ComplaintSettings row = settings.findFirstByOrderByIdAsc().orElseGet(() -> new ComplaintSettings(t));
        row.set(t);
        settings.saveAndFlush(row);
        return targets();
    }

    public boolean responseOverdue(Complaint c, Instant now) {
        return ComplaintFlow.responseOverdue(c.getRaisedAt(), c.getStartedAt(), targets().get(c.getSeverity()), now);
    }

    public boolean resolutionOverdue(Complaint c, Instant now) {
        return ComplaintFlow.resolutionOverdue(c.getRaisedAt(), c.getResolvedAt(), targets().get(c.getSeverity()), now);
    }

    /** Still open and past its response or resolution target. */
    public boolean overdue(Complaint c, Instant now) {
        boolean open = c.getStatus() == ComplaintFlow.Status.ASSIGNED || c.getStatus() == ComplaintFlow.Status.IN_PROGRESS;
        return open && (c.getStartedAt() == null && responseOverdue(c, now) || c.getResolvedAt() == null && resolutionOverdue(c, now));
    }

    /** For the dashboard: open complaints past their target that I handle or that concern my customers. */
    /** Those the user raised, handles, or that concern the user's customers (the customer feature names them), newest first. */
    private List<Complaint> forUser(String user) {
        Map<Long, Complaint> found = new java.util.LinkedHashMap<>();
        complaints.findRaisedOrHandledBy(user).forEach(c -> found.put(c.getId(), c));
        List<Long> mine = customers.idsOwnedBy(user);
        for (int from = 0; from < mine.size(); from += 1000) {
            complaints.findByCustomerIdIn(mine.subList(from, Math.min(mine.size(), from + 1000))).forEach(c -> found.put(c.getId(), c));
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(Complaint::getRaisedAt).thenComparing(Complaint::getId).reversed())
                .toList();
    }

    public List<Complaint> myOverdue() {
        String me = currentUser.username();
        Instant now = Instant.now(clock);
        return forUser(me).stream().filter(c -> me.equals(c.getAssignee()) || me.equals(customers.ownerOf(c.getCustomerId())))
                .filter(c -> overdue(c, now)).toList();
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
