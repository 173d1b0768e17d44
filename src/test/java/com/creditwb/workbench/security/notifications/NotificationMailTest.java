package com.creditwb.workbench.security.notifications;

import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.CreditTestInputs;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.documents.DocumentType;
import com.creditwb.workbench.credit.limits.LimitService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications in the app and by e-mail, against an in-process SMTP server (GreenMail): a blocked document reaches
 * the credit managers (and the one who chose it, by mail, in their language), a limit request the other credit
 * managers and its decision the requester, a temporary limit about to end its requester and the account manager — each once.
 */
@WorkbenchTest
class NotificationMailTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("workbench.mail.from", () -> "workbench@example.com");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationRepository repository;
    @Autowired
    DocumentService documents;
    @Autowired
    LimitService limits;
    @Autowired
    AssessmentService assessments;
    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    com.creditwb.workbench.security.UserService users;

    @Test
    void a_blocked_document_a_limit_request_and_its_decision_and_an_ending_temporary_limit_are_notified_and_mailed_to_who_chose_it()
            throws Exception {
        // credit2 wants blocked documents by e-mail; credit1 nothing by e-mail
        as("credit2", "CREDIT_MANAGER", () -> {
            notifications.savePreferences("credit2@example.com", EnumSet.of(NotificationKind.DOCUMENT_BLOCKED));
            return null;
        });
        assertThat(as("credit2", "CREDIT_MANAGER", () -> notifications.mailConfigured())).isTrue();
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        Assessment a = as("credit1", "CREDIT_MANAGER", () -> {
            Assessment x = assessments.start(c.getId());
            x = assessments.save(x.getId(), x.getVersion(), CreditTestInputs.complete(x.input()), new CreditOverride(null, null,
                    new BigDecimal("100000"), "通知测试额度"));
            return assessments.submit(x.getId(), x.getVersion());
        });
        as("credit2", "CREDIT_MANAGER", () -> assessments.approve(a.getId(), a.getVersion(), "同意"));
        long before2 = as("credit2", "CREDIT_MANAGER", () -> notifications.unread());
        String number = "SO-N-" + com.creditwb.workbench.TestSequence.next();
        as("credit1", "CREDIT_MANAGER", () -> documents.check(new DocumentService.Request(c.getCode(), DocumentType.ORDER, number,
                new BigDecimal("150000"), "CNY", null, null)));
        // sent again (still blocked): not notified twice
        as("credit1", "CREDIT_MANAGER", () -> documents.check(new DocumentService.Request(c.getCode(), DocumentType.ORDER, number,
                new BigDecimal("160000"), "CNY", null, null)));
        assertThat(as("credit2", "CREDIT_MANAGER", () -> notifications.unread())).isEqualTo(before2 + 1);
        Notification blocked = as("credit2", "CREDIT_MANAGER", () -> notifications.mine()).get(0);
        assertThat(blocked.getKind()).isEqualTo(NotificationKind.DOCUMENT_BLOCKED);
        assertThat(as("credit2", "CREDIT_MANAGER", () -> notifications.text(blocked, Locale.ENGLISH))).isEqualTo("Order " + number + " of " + c.getName()
                + " for 150,000.00 CNY was blocked by the credit check.");
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = List.of(SMTP.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("credit2@example.com");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow();
        // credit2 has no language chosen: Chinese
        assertThat(mail.getSubject()).isEqualTo("信用与大客户工作台：单据被冻结");
        assertThat(((String) mail.getContent())).contains(number).contains("150,000.00").contains("被信用检查冻结").contains("credit/blocked");
        assertThat(repository.findById(blocked.getId()).orElseThrow().isEmailed()).isTrue();
        assertThat(as("credit1", "CREDIT_MANAGER", () -> notifications.mine())).anyMatch(n -> n.getKind() == NotificationKind.DOCUMENT_BLOCKED
                && !n.isEmailed());

        // a temporary limit: the other credit managers hear of the request, the requester of the decision
        var r = as("account1", "ACCOUNT_MANAGER", () -> limits.request(c.getId(), new BigDecimal("120000"), com.creditwb.workbench.TestClockConfig.DATE.plusDays(4), "年底备货"));
        assertThat(as("credit1", "CREDIT_MANAGER", () -> notifications.mine())).anyMatch(n -> n.getKind() == NotificationKind.REQUEST_WAITING);
        com.creditwb.workbench.common.SystemAuthentication.callAs("admin", List.of("ADMIN"), () -> documents.setAuthority("credit1", new BigDecimal("500000")));
        as("credit1", "CREDIT_MANAGER", () -> limits.approve(r.getId(), "同意"));
        Notification decided = as("account1", "ACCOUNT_MANAGER", () -> notifications.mine()).stream()
                .filter(n -> n.getKind() == NotificationKind.REQUEST_DECIDED).findFirst().orElseThrow();
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> notifications.text(decided, Locale.ENGLISH))).startsWith("Your request for a limit of 120,000.00 for " + c.getName() + ": Approved by " + com.creditwb.workbench.common.SystemAuthentication.call(() -> users.displayName("credit1")) + ".");
        // it ends 4 days after the test day, within 7 days: the requester (and owner) reminded once
        as("admin", "ADMIN", () -> limits.remindExpiring());
        as("admin", "ADMIN", () -> limits.remindExpiring());
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> notifications.mine()).stream()
                .filter(n -> n.getKind() == NotificationKind.TEMPORARY_LIMIT_ENDING && n.getArgs().get(0).equals(c.getName()))).hasSize(1);
        // marked read one by one or all at once
        long unread = as("account1", "ACCOUNT_MANAGER", () -> notifications.unread());
        assertThat(unread).isPositive();
        as("account1", "ACCOUNT_MANAGER", () -> {
            notifications.markRead(decided.getId());
            return null;
        });
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> notifications.unread())).isEqualTo(unread - 1);
        as("account1", "ACCOUNT_MANAGER", () -> {
            notifications.markAllRead();
            return null;
        });
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> notifications.unread())).isZero();
        // nobody marks another's as read
        as("account2", "ACCOUNT_MANAGER", () -> {
            notifications.markRead(blocked.getId());
            return null;
        });
        assertThat(repository.findById(blocked.getId()).orElseThrow().isRead()).isFalse();
    }

    @Autowired
    com.creditwb.workbench.collection.DunningService dunning;
    @Autowired
    com.creditwb.workbench.credit.receivable.ReceivableService receivables;

    @Test
    void a_dunning_letter_is_mailed_to_the_customers_finance_contact_in_its_language_with_the_word_letter_attached() throws Exception {
        Customer c = com.creditwb.workbench.collection.Owing.customer(customers, statements, assessments, receivables,
                new Object[] {"M-1", 12, 4200});
        as("account1", "ACCOUNT_MANAGER", () -> {
            Customer stored = customers.get(c.getId());
            customers.saveContact(c.getId(), stored.getVersion(), null, new CustomerService.ContactForm("Ann Lee", "AP clerk", null,
                    "ap@customer.example", com.creditwb.workbench.customer.domain.ContactRole.FINANCE));
            Customer again = customers.get(c.getId());
            again.setLanguage(com.creditwb.workbench.customer.domain.CorrespondenceLanguage.EN);
            return customers.update(again);
        });
        var letter = as("credit1", "CREDIT_MANAGER", () -> dunning.run()).stream().map(v -> v.letter())
                .filter(l -> l.getCustomerId().equals(c.getId())).findFirst().orElseThrow();
        int before = SMTP.getReceivedMessages().length;
        var sent = as("credit1", "CREDIT_MANAGER", () -> dunning.send(letter.getId()));
        assertThat(sent.getChannel()).isEqualTo(com.creditwb.workbench.collection.DunningLetter.Channel.EMAIL);
        assertThat(sent.getRecipient()).isEqualTo("ap@customer.example");
        assertThat(sent.getLanguage()).isEqualTo("en");
        assertThat(SMTP.waitForIncomingEmail(5000, before + 1)).isTrue();
        MimeMessage mail = List.of(SMTP.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("ap@customer.example");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Payment reminder: " + c.getName());
        var multipart = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        jakarta.mail.BodyPart attachment = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
                attachment = multipart.getBodyPart(i);
            }
        }
        assertThat(attachment.getFileName()).isEqualTo(sent.fileName());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(attachment.getInputStream());
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Payment reminder", "M-1", "4,200.00", "Attn.: Ann Lee");
        }
    }
}
