package com.creditwb.workbench.credit.groups;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** A customer group: a parent and its subsidiaries (the parent is a member too), with a limit for all of them together. */
@Entity
@Table(name = "customer_group")
public class CustomerGroup extends BaseEntity implements AuditedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "parent_customer_id", nullable = false)
    private Long parentId;

    @Column(name = "group_limit", nullable = false, precision = 19, scale = 2)
    private BigDecimal limit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "customer_id", nullable = false)
    private Set<Long> members = new LinkedHashSet<>();

    protected CustomerGroup() {
    }

    CustomerGroup(String name, Long parentId, BigDecimal limit) {
        this.name = name;
        this.parentId = parentId;
        this.limit = limit;
        this.members.add(parentId);
    }

    void set(String name, Long parentId, BigDecimal limit, Set<Long> members) {
        this.name = name;
        this.parentId = parentId;
        this.limit = limit;
        this.members.clear();
        this.members.add(parentId);
        this.members.addAll(members);
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public BigDecimal getLimit() {
        return limit;
    }

    public Set<Long> getMembers() {
        return Set.copyOf(members);
    }

    @Override
    public String auditSubjectType() {
        return "CustomerGroup";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT.name();
    }
}
