package com.creditwb.workbench.common.audit;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Labelled;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a history shows a logged change: the entity's and field's labels and the old and new values in
 * the reader's language — enumerations by their labels, numbers and dates per locale, structured
 * (JSON) values as "details changed". The type of each field comes from the JPA metamodel, so a new
 * audited entity needs only its labels in the bundles.
 */
@Component
public class AuditValues {

    private final MessageSource messages;
    private final Map<String, Class<?>> types = new HashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    AuditValues(MessageSource messages, EntityManagerFactory emf) {
        this(messages, fieldTypes(emf));
    }

    /** With the field types given ("Entity.field" → Java type), for tests without JPA. */
    public AuditValues(MessageSource messages, Map<String, Class<?>> types) {
        this.messages = messages;
        this.types.putAll(types);
    }

    /** The Java type of every field of every entity, by "Entity.field". */
    public static Map<String, Class<?>> fieldTypes(EntityManagerFactory emf) {
        Map<String, Class<?>> types = new HashMap<>();
        for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
            for (Attribute<?, ?> a : entity.getAttributes()) {
                types.put(entity.getJavaType().getSimpleName() + "." + a.getName(), a.getJavaType());
            }
        }
        return types;
    }

    /** What happened, e.g. "changed customer". */
    public String what(AuditLogEntry e, Locale locale) {
        return text(e.getAction().messageKey(), locale) + " " + text("entity." + e.getEntityType(), locale);
    }

    public String field(AuditLogEntry e, Locale locale) {
        return e.getField() == null ? "" : text("field." + e.getEntityType() + "." + e.getField(), locale);
    }

    /**
     * Whether a logged change changed nothing: a number logged at another scale (0.3000 → 0.3, rows written
     * before numbers were compared by value). A history leaves such rows out.
     */
    public boolean unchanged(AuditLogEntry e) {
        if (e.getAction() != AuditAction.UPDATE || e.getOldValue() == null || e.getNewValue() == null || e.getField() == null) {
            return false;
        }
        Class<?> type = types.get(e.getEntityType() + "." + e.getField());
        if (type != BigDecimal.class && type != Double.class && type != double.class) {
            return false;
        }
        try {
            return new BigDecimal(e.getOldValue()).compareTo(new BigDecimal(e.getNewValue())) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    public String oldValue(AuditLogEntry e, Locale locale) {
        return value(e.getEntityType(), e.getField(), e.getOldValue(), locale);
    }

    public String newValue(AuditLogEntry e, Locale locale) {
        return value(e.getEntityType(), e.getField(), e.getNewValue(), locale);
    }

    public String value(String entityType, String field, String stored, Locale locale) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        if (AuditEventListener.MASK.equals(stored)) {
            return text("history.masked", locale);
        }
        String trimmed = stored.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return text("history.detailsChanged", locale);
        }
        Class<?> type = field == null ? null : types.get(entityType + "." + field);
        try {
            if (type != null && type.isEnum() && Labelled.class.isAssignableFrom(type)) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(stored)) {
                        return text(((Labelled) constant).messageKey(), locale);
                    }
                }
                return stored;
            }
            if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class) {
                NumberFormat f = NumberFormat.getNumberInstance(locale);
                f.setGroupingUsed(true);
                f.setMaximumFractionDigits(4);
                return f.format(new BigDecimal(stored));
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return Formats.integer(Long.parseLong(stored), locale);
            }
            if (type == LocalDate.class) {
                return Formats.date(LocalDate.parse(stored), locale);
            }
            if (type == Instant.class) {
                return Formats.dateTime(Instant.parse(stored), locale);
            }
            if (type == Boolean.class || type == boolean.class) {
                return text(Boolean.parseBoolean(stored) ? "common.yes" : "common.no", locale);
            }
        } catch (RuntimeException unparseable) {
            return stored; // a value logged before its field changed type: shown as it was stored
        }
        return stored;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
