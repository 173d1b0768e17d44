package com.creditwb.workbench.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.common.audit.AuditAction;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.InvestigationSource;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.security.Role;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The zh-CN and en bundles hold the same keys, and every key the code uses exists. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages"})
    void both_languages_have_the_same_keys(String bundle) throws IOException {
        Properties en = load(bundle + "_en.properties");
        Properties zh = load(bundle + "_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).as("keys in %s_en missing from _zh_CN", bundle)
                .containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys in %s_zh_CN missing from _en", bundle)
                .containsAll(zh.stringPropertyNames());
        en.forEach((k, v) -> assertThat((String) v).as("empty English text for %s", k).isNotBlank());
        zh.forEach((k, v) -> assertThat((String) v).as("empty Chinese text for %s", k).isNotBlank());
    }

    @Test
    void every_label_of_an_enumeration_users_see_exists() throws IOException {
        Properties en = load("messages_en.properties");
        List<Labelled> values = new ArrayList<>();
        for (Class<? extends Labelled> type : List.of(Role.class, Industry.class, Region.class, CompanySize.class,
                CustomerType.class, LifecycleStage.class, RelationshipLevel.class, ContactRole.class, InvestigationSource.class,
                com.creditwb.workbench.statement.domain.StatementType.class, com.creditwb.workbench.statement.domain.LineItem.class,
                com.creditwb.workbench.statement.ratio.RatioGroup.class, com.creditwb.workbench.credit.model.FiveC.class,
                com.creditwb.workbench.credit.model.SubFactor.class, com.creditwb.workbench.credit.model.RiskClass.class,
                com.creditwb.workbench.credit.model.CollateralType.class, com.creditwb.workbench.credit.domain.AssessmentStatus.class,
                com.creditwb.workbench.credit.domain.Alert.Type.class, com.creditwb.workbench.keyaccount.segment.LoyaltySegment.class,
                com.creditwb.workbench.keyaccount.segment.ProfitabilitySegment.class,
                com.creditwb.workbench.keyaccount.segment.Pyramid.Tier.class,
                com.creditwb.workbench.keyaccount.segment.RelationshipStrategy.class)) {
            values.addAll(List.of(type.getEnumConstants()));
        }
        for (com.creditwb.workbench.credit.model.SubFactor sub : com.creditwb.workbench.credit.model.SubFactor.values()) {
            for (int level = 1; level <= 5; level++) {
                assertThat(en).containsKey(sub.levelKey(level));
            }
        }
        for (com.creditwb.workbench.keyaccount.segment.RelationshipStrategy st : com.creditwb.workbench.keyaccount.segment.RelationshipStrategy.values()) {
            assertThat(en).containsKeys(st.relationshipKey(), st.resourcesKey());
        }
        for (com.creditwb.workbench.credit.model.RiskClass c : com.creditwb.workbench.credit.model.RiskClass.values()) {
            assertThat(en).containsKey("credit.recommendation." + c.name());
        }
        java.util.regex.Matcher codes = java.util.regex.Pattern.compile("\"(aging\\.\\w+)\"").matcher(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/com/creditwb/workbench/credit/receivable/AgingWorkbookParser.java"))
                + java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/com/creditwb/workbench/credit/receivable/ReceivableService.java")));
        while (codes.find()) {
            assertThat(en).as("message of problem %s", codes.group(1)).containsKey("excel." + codes.group(1));
        }
        for (com.creditwb.workbench.credit.receivable.Aging.Bucket b : com.creditwb.workbench.credit.receivable.Aging.Bucket.values()) {
            assertThat(en).containsKey(b.messageKey());
        }
        for (Labelled value : values) {
            assertThat(en).as("label of %s", value).containsKey(value.messageKey());
        }
        for (String ratio : com.creditwb.workbench.statement.ratio.RatioEngine.KEYS) {
            assertThat(en).containsKey("ratio." + ratio);
        }
        for (com.creditwb.workbench.statement.ratio.AltmanZ.Variant v : com.creditwb.workbench.statement.ratio.AltmanZ.Variant.values()) {
            assertThat(en).containsKey("altman.variant." + v);
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(en).containsKey(action.messageKey());
        }
        Properties validation = load("ValidationMessages_en.properties");
        for (UnifiedSocialCreditCode.Problem problem : UnifiedSocialCreditCode.Problem.values()) {
            assertThat(validation).containsKey(problem.messageKey());
        }
    }

    @Test
    void every_literal_key_used_in_the_code_exists() throws IOException {
        Properties all = load("messages_en.properties");
        all.putAll(load("ValidationMessages_en.properties"));
        Pattern call = Pattern.compile("(?:getTranslation|messages\\.get)\\(\"([a-zA-Z0-9._-]*[a-zA-Z0-9_-])\"");
        // Bean Validation message templates such as "{validation.required}" (keys always have a dot)
        Pattern template = Pattern.compile("\"\\{([a-zA-Z0-9]+\\.[a-zA-Z0-9.]+)}\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : List.of(call, template)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        if (!all.containsKey(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
