package com.creditwb.workbench.alliance;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.credit.CreditDecision;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.Exposure;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An alliance's partners one at a time (added, changed, removed; equity shares set together, ours among them), each
 * refusal leaving the alliance as it was, and a partner customer's live credit and key-account segment beside it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AlliancePartnerService {

    private final AllianceService alliances;
    private final AllianceForms forms;
    private final CustomerService customers;
    private final CreditMonitorService monitor;
    private final KeyAccountService keyAccounts;
    private final EntityManager entityManager;

    AlliancePartnerService(AllianceService alliances, AllianceForms forms, CustomerService customers, CreditMonitorService monitor, KeyAccountService keyAccounts, EntityManager entityManager) {
        this.alliances = alliances;
        this.forms = forms;
        this.customers = customers;
        this.monitor = monitor;
        this.keyAccounts = keyAccounts;
        this.entityManager = entityManager;
    }

    /** A partner's figures as the alliance shows them live: credit (to who may read it) and key-account segment. */
    public record PartnerFacts(String rating, String riskClass, BigDecimal limit, BigDecimal exposure, BigDecimal overdue,
            String segment) {
        static final PartnerFacts NONE = new PartnerFacts(null, null, null, null, null, null);
    }

    /** What a health review worked out: both indices, the gaps and the risks it opened. */
    /** A partner customer's live credit and segment, to who may see them; nothing for another organisation. */
    public PartnerFacts facts(AlliancePartner p) {
        return p.getCustomerId() == null ? PartnerFacts.NONE : customerFacts(p.getCustomerId());
    }

    PartnerFacts customerFacts(Long customerId) {
        String rating = null;
        String riskClass = null;
        BigDecimal limit = null;
        BigDecimal exposure = null;
        BigDecimal overdue = null;
        if (customers.canSeeCredit(customerId)) {
            Exposure e = monitor.exposure(customerId, CreditMonitorService.DEFAULT_DSO_DAYS);
            CreditDecision d = e.decisionRecord();
            if (d != null) {
                rating = d.rating();
                riskClass = d.riskClass() == null ? null : d.riskClass().name();
                limit = d.limit();
            }
            if (e.asOf() != null) {
                exposure = e.open();
                overdue = e.aging() == null ? null : e.aging().overdue();
            }
        }
        String segment = null;
        if (keyAccounts.canRead(customerId)) {
            var value = keyAccounts.account(customerId).value();
            if (value != null && value.tier() != null) {
                segment = value.tier().name();
            }
        }
        return new PartnerFacts(rating, riskClass, limit, exposure, overdue, segment);
    }

    /** Adds one partner (the version read must be current); a refusal changes nothing. */
    @Transactional
    public Alliance addPartner(Long id, Long version, AllianceForm.Partner partner) {
        Alliance a = alliances.editable(id, version);
        List<AllianceForm.Partner> list = new ArrayList<>(AllianceForm.of(a).partners());
        list.add(partner);
        return replacePartners(a, list, a.getOurEquityShare());
    }

    /** Changes one partner (contact, share, or who it is); a refusal changes nothing. */
    @Transactional
    public Alliance updatePartner(Long id, Long version, Long partnerId, AllianceForm.Partner partner) {
        Alliance a = alliances.editable(id, version);
        int at = partnerIndex(a, partnerId);
        List<AllianceForm.Partner> list = new ArrayList<>(AllianceForm.of(a).partners());
        list.set(at, partner);
        return replacePartners(a, list, a.getOurEquityShare());
    }

    /** Removes one partner; a refusal changes nothing. */
    @Transactional
    public Alliance removePartner(Long id, Long version, Long partnerId) {
        Alliance a = alliances.editable(id, version);
        int at = partnerIndex(a, partnerId);
        List<AllianceForm.Partner> list = new ArrayList<>(AllianceForm.of(a).partners());
        list.remove(at);
        return replacePartners(a, list, a.getOurEquityShare());
    }

    /**
     * Sets the equity shares (0–1) of an equity alliance at once: ours and each partner's by partner id (a partner left out
     * keeps its share). They may not exceed 100 % together; that they make exactly 100 % is the design stage's gate.
     */
    @Transactional
    public Alliance setShares(Long id, Long version, BigDecimal ours, Map<Long, BigDecimal> byPartner) {
        Alliance a = alliances.editable(id, version);
        List<AllianceForm.Partner> list = new ArrayList<>();
        for (AlliancePartner p : a.getPartners()) {
            BigDecimal share = byPartner.containsKey(p.getId()) ? byPartner.get(p.getId()) : p.getEquityShare();
            list.add(new AllianceForm.Partner(p.getCustomerId(), p.getName(), p.getUscc(), p.getContact(), share));
        }
        return replacePartners(a, list, ours);
    }

    private Alliance replacePartners(Alliance a, List<AllianceForm.Partner> list, BigDecimal ours) {
        forms.validate(a, AllianceForm.of(a).withPartners(list), ours);
        a.setOurEquityShare(ours);
        forms.setPartners(a, list);
        entityManager.flush();
        return alliances.load(a);
    }

    private static int partnerIndex(Alliance a, Long partnerId) {
        for (int i = 0; i < a.getPartners().size(); i++) {
            if (a.getPartners().get(i).getId().equals(partnerId)) {
                return i;
            }
        }
        throw new NotFoundException("Partner", partnerId);
    }

    /** The customer's name and code for a partner that is a customer (for links), to everyone signed in. */
    public Optional<CustomerRecord> partnerCustomer(AlliancePartner p) {
        return p.getCustomerId() == null ? Optional.empty() : Optional.of(customers.record(p.getCustomerId()));
    }
}
