package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A label a user mapped to a line item in an import preview; later imports recognise it. */
@Entity
@Table(name = "line_item_alias")
public class LineItemAlias extends BaseEntity {

    @Column(name = "normalised_label", nullable = false, length = 300)
    private String normalisedLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_code", nullable = false, length = 40)
    private LineItem item;

    protected LineItemAlias() {
    }

    public LineItemAlias(String normalisedLabel, LineItem item) {
        this.normalisedLabel = normalisedLabel;
        this.item = item;
    }

    public String getNormalisedLabel() {
        return normalisedLabel;
    }

    public LineItem getItem() {
        return item;
    }

    public void setItem(LineItem item) {
        this.item = item;
    }
}
