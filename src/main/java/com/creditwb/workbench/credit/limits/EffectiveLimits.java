package com.creditwb.workbench.credit.limits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Reads the approved limit requests of a customer and applies {@link EffectiveLimit} on today's date. */
@Component
public class EffectiveLimits {

    private final LimitRequestRepository requests;
    private final Clock clock;

    EffectiveLimits(LimitRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    public EffectiveLimit of(Long customerId, BigDecimal decided, Instant decidedAt) {
        return of(customerId, decided, decidedAt, LocalDate.now(clock));
    }

    /** Every customer's approved changes at once (for the portfolio and the alerts), by customer. */
    public java.util.Map<Long, java.util.List<EffectiveLimit.Change>> approvedChanges() {
        java.util.Map<Long, java.util.List<EffectiveLimit.Change>> map = new java.util.HashMap<>();
        for (LimitRequest r : requests.findByStatusOrderByRequestedAtAscIdAsc(LimitRequest.Status.APPROVED)) {
            map.computeIfAbsent(r.getCustomerId(), k -> new java.util.ArrayList<>())
                    .add(new EffectiveLimit.Change(r.getRequestedLimit(), r.getUntil(), r.getDecidedAt()));
        }
        return map;
    }

    public EffectiveLimit of(Long customerId, BigDecimal decided, Instant decidedAt, LocalDate today) {
        var approved = requests.findByCustomerIdAndStatusOrderByDecidedAtDescIdDesc(customerId, LimitRequest.Status.APPROVED).stream()
                .map(r -> new EffectiveLimit.Change(r.getRequestedLimit(), r.getUntil(), r.getDecidedAt())).toList();
        return EffectiveLimit.of(decided, decidedAt, approved, today);
    }
}
