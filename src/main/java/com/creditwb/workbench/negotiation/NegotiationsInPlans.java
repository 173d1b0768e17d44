package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.audit.ReadLogService;
import com.creditwb.workbench.keyaccount.export.PlanNegotiations;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The key-account plan workbook's negotiations sheet: the customer's negotiations the exporting user may open
 * (owner, team, ADMIN), each written to the read log as an export.
 */
@Component
class NegotiationsInPlans implements PlanNegotiations {

    private final NegotiationService negotiations;
    private final ReadLogService readLog;
    private final MessageSource messages;

    NegotiationsInPlans(NegotiationService negotiations, ReadLogService readLog, MessageSource messages) {
        this.negotiations = negotiations;
        this.readLog = readLog;
        this.messages = messages;
    }

    @Override
    public List<Row> forCustomer(Long customerId, Locale locale) {
        return negotiations.list().stream().filter(n -> customerId.equals(n.getCounterpartId())).map(n -> {
            readLog.opened(Negotiation.AUDIT_TYPE, n.getId(), ReadChannel.EXPORT);
            String outcome = n.getOutcomeReason() != null ? n.getOutcomeReason()
                    : n.getOutcomeValues().entrySet().stream().map(e -> e.getKey() + ": "
                            + com.creditwb.workbench.common.i18n.Formats.decimal(((Number) e.getValue()).doubleValue(), locale, 2))
                            .collect(java.util.stream.Collectors.joining("; "));
            return new Row(n.getStartDate(), n.getSubject(), messages.getMessage(n.getStatus().messageKey(), null, locale), outcome);
        }).toList();
    }
}
