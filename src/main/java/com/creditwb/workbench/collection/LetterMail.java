package com.creditwb.workbench.collection;

import jakarta.mail.MessagingException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails a dunning letter to the customer's finance contact, the Word document attached, in the customer's language —
 * once the letter is stored as sent (after the commit), when SMTP is configured ({@code spring.mail.host}).
 */
@Component
class LetterMail {

    private static final Logger log = LoggerFactory.getLogger(LetterMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String from;

    LetterMail(ObjectProvider<JavaMailSender> mail, MessageSource messages, @Value("${workbench.mail.from:workbench@localhost}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.from = from;
    }

    boolean configured() {
        return mail.getIfAvailable() != null;
    }

    void sendAfterCommit(String to, DunningLetter letter, String customerName, byte[] document, Locale locale) {
        String subject = messages.getMessage("letter.mail.subject", new Object[] {messages.getMessage(letter.getTemplate().messageKey(), null, locale),
                customerName}, locale);
        String text = messages.getMessage("letter.mail.text", new Object[] {customerName}, locale);
        String file = letter.fileName();
        Runnable send = () -> {
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                return;
            }
            try {
                var message = sender.createMimeMessage();
                MimeMessageHelper m = new MimeMessageHelper(message, true, "UTF-8");
                m.setFrom(from);
                m.setTo(to);
                m.setSubject(subject);
                m.setText(text);
                m.addAttachment(file, new ByteArrayResource(document),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                sender.send(message);
            } catch (MessagingException | MailException e) {
                log.warn("Dunning letter {} could not be e-mailed to {}: {}", letter.getId(), to, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
