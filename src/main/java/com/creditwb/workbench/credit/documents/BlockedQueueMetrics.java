package com.creditwb.workbench.credit.documents;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The size of the blocked-documents queue (open holds), read from the database at each scrape: the same on every node. */
@Component
class BlockedQueueMetrics implements MeterBinder {

    private final CreditHoldRepository holds;

    BlockedQueueMetrics(CreditHoldRepository holds) {
        this.holds = holds;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("workbench.documents.blocked", holds, h -> h.countByStatus(CreditHold.Status.OPEN))
                .description("Documents held in the blocked queue").register(registry);
    }
}
