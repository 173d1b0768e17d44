package com.creditwb.workbench.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A partner: a customer of the workbench (then its name and USCC are the customer's) or another organisation. */
@Entity
@Table(name = "alliance_partner")
public class AlliancePartner extends AlliancePart {

    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 18)
    private String uscc;

    @Column(length = 300)
    private String contact;

    /** Share of the equity, 0–1 (equity alliances). */
    @Column(name = "equity_share", precision = 7, scale = 4)
    private BigDecimal equityShare;

    protected AlliancePartner() {
    }

    AlliancePartner(Alliance alliance, int position, Long customerId, String name, String uscc, String contact, BigDecimal equityShare) {
        super(alliance, position);
        this.customerId = customerId;
        this.name = name;
        this.uscc = uscc;
        this.contact = contact;
        this.equityShare = equityShare;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public String getUscc() {
        return uscc;
    }

    public String getContact() {
        return contact;
    }

    public BigDecimal getEquityShare() {
        return equityShare;
    }

    void update(String name, String uscc, String contact, BigDecimal equityShare) {
        this.name = name;
        this.uscc = uscc;
        this.contact = contact;
        this.equityShare = equityShare;
    }
}
