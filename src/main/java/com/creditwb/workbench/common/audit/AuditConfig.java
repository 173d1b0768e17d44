package com.creditwb.workbench.common.audit;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Registers {@link AuditEventListener} with Hibernate once the persistence unit is up. */
@Component
class AuditConfig implements InitializingBean {

    private final EntityManagerFactory emf;
    private final Clock clock;

    AuditConfig(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        AuditEventListener listener = new AuditEventListener(clock);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }
}
