package com.creditwb.workbench.credit.documents;

/** The steps of a sale a document records: the order, the delivery that consumes it, the invoice that consumes the delivery. */
public enum DocumentType implements com.creditwb.workbench.common.i18n.Labelled {
    ORDER, DELIVERY, INVOICE;

    /** The type a document of this type comes from (its reference), null for an order. */
    public DocumentType consumes() {
        return switch (this) {
            case ORDER -> null;
            case DELIVERY -> ORDER;
            case INVOICE -> DELIVERY;
        };
    }

    @Override
    public String messageKey() {
        return "document.type." + name();
    }
}
