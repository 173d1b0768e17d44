package com.creditwb.workbench.customer;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.files.FileStore;
import com.creditwb.workbench.common.files.UploadChecks;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.BeanChecks;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's credit file, credit investigations and their attachments. Everyone signed in reads
 * the file; credit managers and administrators edit it; attachments are downloaded by credit
 * managers, administrators and the customer's owner.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CreditFileService {

    private final CustomerRepository customers;
    private final CreditFileRepository files;
    private final CreditInvestigationRepository investigations;
    private final AttachmentRepository attachments;
    private final FileStore storage;
    private final UploadChecks uploads;
    private final BeanChecks checks;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;

    CreditFileService(CustomerRepository customers, CreditFileRepository files, CreditInvestigationRepository investigations,
            AttachmentRepository attachments, FileStore storage, UploadChecks uploads, BeanChecks checks, Messages messages,
            CurrentUser currentUser, AccessPolicy policy) {
        this.policy = policy;
        this.customers = customers;
        this.files = files;
        this.investigations = investigations;
        this.attachments = attachments;
        this.storage = storage;
        this.checks = checks;
        this.messages = messages;
        this.currentUser = currentUser;
        this.uploads = uploads;
    }

    /** An attachment's bytes with its name and type, for download. */
    public record Download(String fileName, String contentType, long size, InputStream content) {
    }

    public boolean canEdit() {
        return policy.canEdit(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT_FILE, null));
    }

    /** Whether the user may read the customer's credit file (its data, investigations and files). */
    public boolean canRead(Customer customer) {
        return canDownload(customer);
    }

    public boolean canDownload(Customer customer) {
        return policy.canRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT_FILE, customer.getOwner()));
    }

    public long maxAttachmentBytes() {
        return uploads.maxBytes();
    }

    /** The customer's credit file; a new, unsaved one if nothing has been recorded yet. */
    public CreditFile creditFile(Long customerId) {
        Customer customer = customer(customerId);
        policy.checkRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT_FILE, customer.getOwner()), "CreditFile", customerId);
        return files.findByCustomerId(customerId).orElseGet(() -> new CreditFile(customer(customerId)));
    }

    /** The levels (1–5) the credit file gives the bank relations and the payment record, null when not graded. */
    public record Levels(Integer bankRelations, Integer paymentRecord) {
    }

    /** The credit file's levels, for the credit feature's 5C scoring (read on the same terms as the file). */
    public Levels levels(Long customerId) {
        CreditFile file = creditFile(customerId);
        return new Levels(file.getBankRelationsLevel(), file.getPaymentRecordLevel());
    }

    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
    @Transactional
    public CreditFile save(CreditFile file) {
        checks.check(file);
        try {
            return files.saveAndFlush(file);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw ConcurrentEditException.of(e, messages);
        }
    }

    public List<CreditInvestigation> investigations(Long customerId) {
        policy.checkRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT_FILE, customer(customerId).getOwner()), "CreditFile", customerId);
        return investigations.findByCustomerIdOrderByInvestigatedOnDescIdDesc(customerId);
    }

    public CreditInvestigation newInvestigation(Long customerId) {
        return new CreditInvestigation(customer(customerId));
    }

    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
    @Transactional
    public CreditInvestigation save(CreditInvestigation investigation) {
        checks.check(investigation);
        try {
            CreditInvestigation saved = investigations.saveAndFlush(investigation);
            saved.getAttachments().size();
            return saved;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ConcurrentEditException.of(e, messages);
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
    @Transactional
    public void delete(CreditInvestigation investigation) {
        CreditInvestigation stored = investigations.findById(investigation.getId())
                .orElseThrow(() -> new NotFoundException("CreditInvestigation", investigation.getId()));
        List<String> keys = stored.getAttachments().stream().map(Attachment::getStorageKey).toList();
        investigations.delete(stored);
        storage.deleteAfterCommit(keys);
    }

    /**
     * Stores an uploaded file with an investigation. The size is limited, the type is decided from
     * the content and extension, and the bytes are removed again if the database write fails.
     */
    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
    @Transactional
    public Attachment attach(Long investigationId, String fileName, byte[] content) {
        CreditInvestigation investigation = investigations.findById(investigationId)
                .orElseThrow(() -> new NotFoundException("CreditInvestigation", investigationId));
        UploadChecks.CheckedFile file = uploads.check(fileName, content);
        String key = storage.storeInTransaction(content);
        return attachments.saveAndFlush(new Attachment(investigation, file.name(), file.contentType(), file.size(), file.sha256(), key));
    }

    public Download download(Long attachmentId) throws IOException {
        Attachment attachment = attachments.findWithCustomerById(attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        if (!canDownload(attachment.getInvestigation().getCustomer())) {
            throw new AccessDeniedException(messages.get("attachment.error.denied"));
        }
        return new Download(attachment.getFileName(), attachment.getContentType(), attachment.getSizeBytes(),
                storage.open(attachment.getStorageKey()));
    }

    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
    @Transactional
    public void deleteAttachment(Long attachmentId) {
        Attachment attachment = attachments.findWithCustomerById(attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        String key = attachment.getStorageKey();
        attachments.delete(attachment);
        storage.deleteAfterCommit(List.of(key));
    }

    private Customer customer(Long customerId) {
        return customers.findById(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    }
}
