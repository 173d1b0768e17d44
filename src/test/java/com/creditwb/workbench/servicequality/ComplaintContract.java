package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.UserService;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Complaints that must hold on every database: run by {@link ComplaintH2Test} and {@link ComplaintPostgresTest}. */
abstract class ComplaintContract {

    static final String AM = "ACCOUNT_MANAGER";

    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintRepository repository;
    @Autowired
    ComplaintSettingsRepository settings;
    @Autowired
    CustomerService customers;
    @Autowired
    UserService users;
    @Autowired
    AccessPolicy policy;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Messages messages;
    @Autowired
    Clock clock;
    @Autowired
    ComplaintAttachmentRepository attachmentRepository;
    @Autowired
    com.creditwb.workbench.common.files.FileStore files;
    @Autowired
    com.creditwb.workbench.common.files.UploadChecks uploads;

    Customer customer() {
        Customer c = TestCustomers.fresh("CP", "投诉测试有限公司");
        c.setOwner("account1");
        return SystemAuthentication.call(() -> customers.create(c));
    }

    ComplaintService at(Duration later) {
        return new ComplaintService(repository, attachmentRepository, files, uploads, settings, customers, users, policy, currentUser, messages, Clock.offset(clock, later));
    }

    static final ComplaintService.Form LATE_DELIVERY = new ComplaintService.Form(ComplaintFlow.Category.DELIVERY, ComplaintFlow.Severity.HIGH,
            "第三批货晚到五天", null);

    @Test
    void a_plain_save_keeps_the_resolution_typed_without_resolving_and_the_step_then_starts_from_it() {
        Customer c = customer();
        Complaint raised = as("finance1", "FINANCE", () -> complaints.raise(c.getId(), LATE_DELIVERY));
        Complaint started = as("account1", AM, () -> complaints.step(raised.getId(), raised.getVersion(), ComplaintFlow.Step.START, null, null));
        Complaint saved = as("account1", AM, () -> complaints.update(started.getId(), started.getVersion(), LATE_DELIVERY, "补发缺货并赔付运费"));
        assertThat(saved.getStatus()).as("a save is not the step").isEqualTo(started.getStatus());
        assertThat(saved.getResolvedAt()).isNull();
        assertThat(saved.draft(ComplaintFlow.Step.RESOLVE)).isEqualTo("补发缺货并赔付运费");
        // a refused save (a description of 5,000 characters) changes nothing, and the draft is still there after it
        assertThatThrownBy(() -> as("account1", AM, () -> complaints.update(saved.getId(), saved.getVersion(),
                new ComplaintService.Form(ComplaintFlow.Category.DELIVERY, ComplaintFlow.Severity.HIGH, "长".repeat(5000), null), "别的")))
                .isInstanceOf(ValidationException.class);
        Complaint read = as("account1", AM, () -> complaints.get(saved.getId()));
        assertThat(read.draft(ComplaintFlow.Step.RESOLVE)).isEqualTo("补发缺货并赔付运费");
        assertThat(read.getDescription()).isEqualTo("第三批货晚到五天");
        Complaint resolved = as("account1", AM, () -> complaints.step(read.getId(), read.getVersion(), ComplaintFlow.Step.RESOLVE,
                read.draft(ComplaintFlow.Step.RESOLVE), null));
        assertThat(resolved.getResolution()).isEqualTo("补发缺货并赔付运费");
        assertThat(resolved.getResolvedAt()).isNotNull();
    }

    @Test
    void anyone_raises_a_complaint_the_account_manager_handles_it_step_by_step_and_a_negative_feedback_reopens_it() {
        Customer c = customer();
        Complaint raised = as("finance1", "FINANCE", () -> complaints.raise(c.getId(), LATE_DELIVERY));
        assertThat(raised.getAssignee()).as("the customer's account manager").isEqualTo("account1");
        assertThat(raised.getStatus()).isEqualTo(ComplaintFlow.Status.ASSIGNED);
        // who reads it: the raiser, the owner, credit managers, ADMIN — not another account manager
        assertThat(as("finance1", "FINANCE", () -> complaints.get(raised.getId()))).isNotNull();
        assertThat(as("credit2", "CREDIT_MANAGER", () -> complaints.list(ComplaintService.Filter.ALL))).extracting(Complaint::getId)
                .contains(raised.getId());
        assertThatThrownBy(() -> as("account2", AM, () -> complaints.get(raised.getId()))).isInstanceOf(NotFoundException.class);
        assertThat(as("account2", AM, () -> complaints.list(ComplaintService.Filter.ALL))).extracting(Complaint::getId)
                .doesNotContain(raised.getId());
        assertThatThrownBy(() -> as("credit2", "CREDIT_MANAGER", () -> complaints.step(raised.getId(), raised.getVersion(),
                ComplaintFlow.Step.START, null, null))).isInstanceOf(AccessDeniedException.class);

        Complaint started = as("account1", AM, () -> complaints.step(raised.getId(), raised.getVersion(), ComplaintFlow.Step.START, null, null));
        assertThat(started.getStartedAt()).isNotNull();
        assertThatThrownBy(() -> as("account1", AM, () -> complaints.step(raised.getId(), started.getVersion(), ComplaintFlow.Step.RESOLVE, " ",
                null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("account1", AM, () -> complaints.step(raised.getId(), raised.getVersion(), ComplaintFlow.Step.RESOLVE,
                "补发", null))).as("a stale version").isInstanceOf(ConcurrentEditException.class);
        Complaint resolved = as("account1", AM, () -> complaints.step(raised.getId(), started.getVersion(), ComplaintFlow.Step.RESOLVE,
                "加急补发并减免运费", null));
        Complaint reopened = as("account1", AM, () -> complaints.step(raised.getId(), resolved.getVersion(), ComplaintFlow.Step.FEEDBACK,
                "仍有一箱破损", false));
        assertThat(reopened.getStatus()).isEqualTo(ComplaintFlow.Status.IN_PROGRESS);
        assertThat(reopened.getReopened()).isEqualTo(1);
        assertThat(reopened.getResolvedAt()).isNull();
        Complaint again = as("account1", AM, () -> complaints.step(raised.getId(), reopened.getVersion(), ComplaintFlow.Step.RESOLVE, "更换破损货物",
                null));
        Complaint satisfied = as("account1", AM, () -> complaints.step(raised.getId(), again.getVersion(), ComplaintFlow.Step.FEEDBACK, null, true));
        Complaint visited = as("account1", AM, () -> complaints.step(raised.getId(), satisfied.getVersion(), ComplaintFlow.Step.FOLLOW_UP,
                "电话回访，客户认可处理结果", null));
        Complaint closed = as("account1", AM, () -> complaints.step(raised.getId(), visited.getVersion(), ComplaintFlow.Step.CLOSE, null, null));
        assertThat(closed.getStatus()).isEqualTo(ComplaintFlow.Status.CLOSED);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThatThrownBy(() -> as("account1", AM, () -> complaints.update(raised.getId(), closed.getVersion(), LATE_DELIVERY)))
                .as("closed is read-only").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_open_complaint_past_its_target_is_overdue_for_the_assignee_and_the_customers_owner() {
        Customer c = customer();
        Complaint raised = as("credit1", "CREDIT_MANAGER", () -> complaints.raise(c.getId(), LATE_DELIVERY));
        // HIGH: respond within 8 hours; nine hours later nobody has started
        ComplaintService later = at(Duration.ofHours(9));
        assertThat(as("account1", AM, later::myOverdue)).extracting(Complaint::getId).contains(raised.getId());
        assertThat(as("account1", AM, complaints::myOverdue)).extracting(Complaint::getId).doesNotContain(raised.getId());
        assertThat(as("account1", AM, () -> later.list(new ComplaintService.Filter(c.getId(), null, true)))).hasSize(1);
        // ADMIN tightens the targets: a MEDIUM complaint is then due within 1 hour
        try {
            Map<ComplaintFlow.Severity, ComplaintFlow.Target> t = new java.util.EnumMap<>(ComplaintFlow.DEFAULT_TARGETS);
            t.put(ComplaintFlow.Severity.HIGH, new ComplaintFlow.Target(20, 48));
            as("admin", "ADMIN", () -> complaints.saveTargets(t));
            assertThat(as("account1", AM, later::myOverdue)).extracting(Complaint::getId).doesNotContain(raised.getId());
            assertThatThrownBy(() -> as("admin", "ADMIN", () -> complaints.saveTargets(Map.of()))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> as("account1", AM, () -> complaints.saveTargets(t))).isInstanceOf(AccessDeniedException.class);
        } finally {
            as("admin", "ADMIN", () -> complaints.saveTargets(ComplaintFlow.DEFAULT_TARGETS));
        }
    }

    @Test
    void a_complaint_needs_a_category_a_severity_a_description_and_a_known_assignee() {
        Customer c = customer();
        assertThatThrownBy(() -> as("account1", AM, () -> complaints.raise(c.getId(), new ComplaintService.Form(null, null, " ", "nobody"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                        .containsExactly("category", "severity", "description", "assignee"));
        assertThat(repository.findByCustomerIdOrderByRaisedAtDescIdDesc(c.getId())).isEmpty();
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void files_are_raised_with_the_complaint_all_or_nothing_and_only_those_who_read_it_download_them() throws Exception {
        Customer c = customer();
        // a file that claims to be a PDF but is not: neither the complaint nor the good file is kept
        var good = new ComplaintService.NewFile("破损照片.pdf", PDF);
        var fake = new ComplaintService.NewFile("../../etc/发货单.pdf", "MZ\u0090 not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> complaints.raise(c.getId(), LATE_DELIVERY, java.util.List.of(good, fake))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).containsExactly("file");
                    assertThat(e.getErrors().get(0).message()).as("named without its path").contains("发货单.pdf").doesNotContain("..");
                });
        assertThat(repository.findByCustomerIdOrderByRaisedAtDescIdDesc(c.getId())).isEmpty();

        Complaint raised = as("finance1", "FINANCE", () -> complaints.raise(c.getId(), LATE_DELIVERY, java.util.List.of(good)));
        var stored = as("account1", AM, () -> complaints.attachments(raised.getId()));
        assertThat(stored).extracting(ComplaintAttachment::getFileName).containsExactly("破损照片.pdf");
        assertThat(stored.get(0).getContentType()).isEqualTo("application/pdf");
        assertThat(stored.get(0).getSizeBytes()).isEqualTo(PDF.length);
        try (var in = as("credit2", "CREDIT_MANAGER", () -> complaints.download(raised.getId(), stored.get(0).getId())).content()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThatThrownBy(() -> as("account2", AM, () -> complaints.download(raised.getId(), stored.get(0).getId())))
                .as("another account manager: the complaint does not exist for them").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("account2", AM, () -> complaints.attachments(raised.getId()))).isInstanceOf(NotFoundException.class);

        // the handler adds and removes; an empty or oversized file is refused; the bytes of a removed file are gone after commit
        var added = as("account1", AM, () -> complaints.attach(raised.getId(), "回访记录.txt", "客户已确认收货。".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> as("account1", AM, () -> complaints.attach(raised.getId(), "空.txt", new byte[0])))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("account1", AM, () -> complaints.attach(raised.getId(), "big.txt", new byte[(int) uploads.maxBytes() + 1])))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("credit2", "CREDIT_MANAGER", () -> complaints.attach(raised.getId(), "x.txt", "x".getBytes())))
                .as("credit managers read, they do not handle").isInstanceOf(AccessDeniedException.class);
        String key = attachmentRepository.findById(added.getId()).orElseThrow().getStorageKey();
        as("account1", AM, () -> {
            complaints.deleteAttachment(raised.getId(), added.getId());
            return null;
        });
        assertThat(as("account1", AM, () -> complaints.attachments(raised.getId()))).extracting(ComplaintAttachment::getFileName)
                .containsExactly("破损照片.pdf");
        assertThatThrownBy(() -> files.open(key)).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThatThrownBy(() -> as("account1", AM, () -> complaints.download(raised.getId() + 1_000_000, stored.get(0).getId())))
                .isInstanceOf(NotFoundException.class);
    }
}
