package com.creditwb.workbench.common.audit;

import com.creditwb.workbench.common.PersistenceConfig;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The one audit mechanism: after Hibernate writes an {@link AuditedEntity}, the changed fields
 * with their old and new values are inserted into {@code audit_log} on the same connection, so
 * they commit or roll back with the change itself.
 */
public class AuditEventListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final Set<String> ALWAYS_IGNORED = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy");
    static final String MASK = "******";
    private static final int MAX_VALUE = 1000;

    private final Clock clock;

    public AuditEventListener(Clock clock) {
        this.clock = clock;
    }

    record Row(AuditAction action, String field, String oldValue, String newValue) {
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof AuditedEntity audited) {
            List<Row> rows = diff(AuditAction.CREATE, audited, event.getPersister(), null, event.getState());
            write(event.getSession(), audited, event.getPersister(), event.getId(), rows);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof AuditedEntity audited) {
            List<Row> rows = diff(AuditAction.UPDATE, audited, event.getPersister(), event.getOldState(), event.getState());
            write(event.getSession(), audited, event.getPersister(), event.getId(), rows);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof AuditedEntity audited) {
            List<Row> rows = diff(AuditAction.DELETE, audited, event.getPersister(), event.getDeletedState(), null);
            write(event.getSession(), audited, event.getPersister(), event.getId(), rows);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    static List<Row> diff(AuditAction action, AuditedEntity entity, EntityPersister persister, Object[] oldState, Object[] newState) {
        String[] names = persister.getPropertyNames();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (ALWAYS_IGNORED.contains(name) || entity.auditIgnored().contains(name)) {
                continue;
            }
            Object before = oldState == null ? null : oldState[i];
            Object after = newState == null ? null : newState[i];
            if (before instanceof Collection<?> || after instanceof Collection<?> || before instanceof Map<?, ?> || after instanceof Map<?, ?>) {
                continue; // collection elements are audited as entities of their own
            }
            String oldText = render(before);
            String newText = render(after);
            if (Objects.equals(oldText, newText) || (action == AuditAction.CREATE && newText == null)
                    || (action == AuditAction.DELETE && oldText == null)) {
                continue;
            }
            if (entity.auditMasked().contains(name)) {
                oldText = oldText == null ? null : MASK;
                newText = newText == null ? null : MASK;
            }
            rows.add(new Row(action, name, oldText, newText));
        }
        if (rows.isEmpty() && action != AuditAction.UPDATE) {
            rows.add(new Row(action, null, null, null));
        }
        return rows;
    }

    static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal bd) {
            return bd.signum() == 0 ? "0" : bd.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof AuditedEntity ae) {
            return String.valueOf(ae.auditSubjectId());
        }
        String text = value.toString();
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text;
    }

    private void write(SharedSessionContractImplementor session, AuditedEntity entity, EntityPersister persister, Object id, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String user = PersistenceConfig.currentUsername();
        Timestamp now = Timestamp.from(clock.instant());
        Long subjectId = entity.auditSubjectId() != null ? entity.auditSubjectId() : (Long) id;
        String entityType = persister.getMappedClass().getSimpleName();
        String changes = null;
        if (entity.auditInOneRow() && rows.size() > 1) {
            changes = com.creditwb.workbench.common.Json.write(rows.stream().map(r -> new String[] {r.field(), r.oldValue(), r.newValue()}).toList());
            rows = List.of(new Row(rows.get(0).action(), null, null, null));
        }
        String inOneRow = changes;
        List<Row> written = rows;
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into audit_log (subject_type, subject_id, entity_type, entity_id, action, field, old_value, new_value, changed_by, changed_at, area,"
                            + " changes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row row : written) {
                    ps.setString(1, entity.auditSubjectType());
                    ps.setLong(2, subjectId);
                    ps.setString(3, entityType);
                    ps.setLong(4, (Long) id);
                    ps.setString(5, row.action().name());
                    ps.setString(6, row.field());
                    ps.setString(7, row.oldValue());
                    ps.setString(8, row.newValue());
                    ps.setString(9, user);
                    ps.setTimestamp(10, now);
                    ps.setString(11, entity.auditArea());
                    ps.setString(12, inOneRow);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
