package com.creditwb.workbench.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.WorkbenchTest;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every change the audit log can record is shown with words in both languages: each audited entity
 * has a label, and so has each field whose change it logs (a History tab never shows a raw key such
 * as {@code !field.EconomicsYear.revenue}).
 */
@WorkbenchTest
class AuditLabelsTest {

    @Autowired
    EntityManagerFactory emf;

    @Test
    void every_audited_entity_and_field_has_a_label_in_both_languages() throws Exception {
        for (String bundle : List.of("messages_en.properties", "messages_zh_CN.properties")) {
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            List<String> missing = new ArrayList<>();
            for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
                Class<?> type = entity.getJavaType();
                if (!AuditedEntity.class.isAssignableFrom(type) || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                Constructor<?> c = type.getDeclaredConstructor();
                c.setAccessible(true);
                AuditedEntity sample = (AuditedEntity) c.newInstance();
                Set<String> ignored = sample.auditIgnored();
                String name = type.getSimpleName();
                if (!p.containsKey("entity." + name)) {
                    missing.add("entity." + name);
                }
                for (Attribute<?, ?> a : entity.getAttributes()) {
                    if (a.isCollection() || AuditEventListener.ALWAYS_IGNORED.contains(a.getName()) || ignored.contains(a.getName())
                            || a.getName().equals("id")) {
                        continue;
                    }
                    if (!p.containsKey("field." + name + "." + a.getName())) {
                        missing.add("field." + name + "." + a.getName());
                    }
                }
            }
            assertThat(missing).as("labels missing from %s", bundle).isEmpty();
        }
    }
}
