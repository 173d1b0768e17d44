package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.i18n.Labelled;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A dunning letter (催款函): proposed by a dunning run with the customer's undisputed overdue items at that day, reviewed
 * and sent by a credit manager (e-mailed to the customer's finance contact when SMTP is configured, else downloaded),
 * or discarded. A sent letter's level is the customer's dunning level until all its items are settled.
 */
@Entity
@jakarta.persistence.EntityListeners(WorklistTouch.class)
@Table(name = "dunning_letter")
public class DunningLetter extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    public enum Status implements Labelled {
        PROPOSED, SENT, SETTLED, DISCARDED;

        @Override
        public String messageKey() {
            return "dunning.status." + name();
        }
    }

    public enum Channel implements Labelled {
        EMAIL, DOWNLOAD;

        @Override
        public String messageKey() {
            return "dunning.channel." + name();
        }
    }

    /** One item of the letter as it stood at the run. */
    @Embeddable
    public record Line(@Column(name = "invoice_no", nullable = false, length = 64) String invoiceNo,
            @Column(name = "invoice_date", nullable = false) LocalDate invoiceDate,
            @Column(name = "due_on", nullable = false) LocalDate dueOn,
            @Column(nullable = false, precision = 19, scale = 2) BigDecimal balance,
            @Column(name = "days_overdue", nullable = false) int daysOverdue) {
    }

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Dunning.Stage template;

    @Column(name = "final_level", nullable = false)
    private boolean finalLevel;

    @Convert(converter = com.creditwb.workbench.common.StringLines.class)
    @Column(nullable = false, length = 4000)
    private List<String> items;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dunning_letter_line", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "line_no")
    private List<Line> lines = new ArrayList<>();

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PROPOSED;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "sent_by", length = 64)
    private String sentBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Channel channel;

    @Column(length = 200)
    private String recipient;

    @Column(length = 8)
    private String language;

    @Column(name = "file_key", length = 100)
    private String fileKey;

    protected DunningLetter() {
    }

    DunningLetter(Long customerId, Dunning.Level level, boolean finalLevel, List<Line> lines, String currency, LocalDate on, String by) {
        this.customerId = customerId;
        this.proposedBy = by;
        this.currency = currency;
        propose(level, finalLevel, lines, on);
    }

    /** (Re)proposes the letter with the items as they stand on the day. */
    void propose(Dunning.Level l, boolean finalLevel, List<Line> newLines, LocalDate on) {
        this.level = l.level();
        this.template = l.stage();
        this.finalLevel = finalLevel;
        this.lines.clear();
        this.lines.addAll(newLines);
        this.items = newLines.stream().map(Line::invoiceNo).toList();
        this.amount = newLines.stream().map(Line::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.proposedOn = on;
    }

    void sent(LocalDate on, String by, Channel channel, String recipient, String language, String fileKey) {
        this.status = Status.SENT;
        this.sentOn = on;
        this.sentBy = by;
        this.channel = channel;
        this.recipient = recipient;
        this.language = language;
        this.fileKey = fileKey;
    }

    void close(Status to) {
        this.status = to;
    }

    /** The file name of the letter's document. */
    public String fileName() {
        return "DL-" + getId() + "-" + template.fileStem() + ".docx";
    }

    @Override
    public String auditArea() {
        return "CREDIT";
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public int getLevel() {
        return level;
    }

    public Dunning.Stage getTemplate() {
        return template;
    }

    public boolean isFinalLevel() {
        return finalLevel;
    }

    public List<String> getItems() {
        return items;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getFileKey() {
        return fileKey;
    }
}
