package com.creditwb.workbench.credit.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A customer's committed exposure from its counted documents and the aging list (see {@link Commitments}). */
@Component
public class CommittedExposure {

    /** The exposure without the candidate and with it. */
    public record BeforeAfter(Commitments.Exposure before, Commitments.Exposure after) {
    }

    private final CreditDocumentRepository documents;

    CommittedExposure(CreditDocumentRepository documents) {
        this.documents = documents;
    }

    /**
     * The exposure without and with a candidate document (the candidate's own earlier version left out of both).
     *
     * @param candidate the document being checked, as it would count; null for a plain amount check
     */
    public BeforeAfter beforeAndAfter(Long customerId, BigDecimal open, LocalDate asOf, Commitments.Doc candidate) {
        List<Commitments.Doc> others = new ArrayList<>();
        for (CreditDocument d : documents.findCounted(customerId)) {
            if (candidate == null || d.getId() != candidate.id()) {
                others.add(d.asCommitment());
            }
        }
        Commitments.Exposure before = Commitments.of(open, asOf, others);
        if (candidate == null) {
            return new BeforeAfter(before, before);
        }
        List<Commitments.Doc> with = new ArrayList<>(others);
        with.add(candidate);
        return new BeforeAfter(before, Commitments.of(open, asOf, with));
    }
}
