package com.creditwb.workbench.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every label key the code builds from an enumeration exists in both languages for every value: the
 * {@link Labelled} enumerations (found on the class path, not listed by hand) and every place that builds a
 * key as {@code "prefix." + value.name()} (found in the sources; each such prefix is tied to its enumeration
 * here, so a new one fails this test until it is). A plan workbook once asked for {@code riskClass.*} keys
 * that did not exist and failed for every customer with a credit decision.
 */
class EnumLabelsTest {

    /** The prefixes the sources build keys with, and the enumeration whose values follow them. */
    static final Map<String, Class<? extends Enum<?>>> BUILT = Map.ofEntries(
            Map.entry("keyaccount.gale.", com.creditwb.workbench.keyaccount.value.GaleValue.Dimension.class),
            Map.entry("credit.recommendation.", com.creditwb.workbench.credit.model.RiskClass.class),
            Map.entry("credit.prefilled.", com.creditwb.workbench.credit.model.SubFactor.Prefill.class),
            Map.entry("credit.model.direction.", com.creditwb.workbench.credit.model.ScoringModel.Direction.class),
            Map.entry("aging.scope.", com.creditwb.workbench.credit.receivable.ReceivableService.Scope.class),
            Map.entry("alliance.powerBase.", com.creditwb.workbench.alliance.domain.PowerBase.class),
            Map.entry("alliance.band.", com.creditwb.workbench.alliance.domain.HealthIndex.Band.class),
            Map.entry("complaint.error.text.", com.creditwb.workbench.servicequality.domain.ComplaintFlow.Step.class),
            Map.entry("complaint.stepText.", com.creditwb.workbench.servicequality.domain.ComplaintFlow.Step.class),
            Map.entry("churn.figure.", com.creditwb.workbench.servicequality.domain.ChurnRules.Reason.class),
            Map.entry("notification.", com.creditwb.workbench.security.notifications.NotificationKind.class));
    /** Prefixes of keys that are no labels (field paths in error reports). */
    static final List<String> NOT_LABELS = List.of("scores.", "comments.", "powerBases.", "counterpartAnalysis.strength.", "sizes.", "targets.", "weights.", "statements.");

    static List<Properties> bundles() throws IOException {
        return List.of(MessageBundlesTest.load("messages_en.properties"), MessageBundlesTest.load("messages_zh_CN.properties"));
    }

    @Test
    void every_labelled_enumeration_has_a_label_for_every_value_in_both_languages() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        List<String> missing = new ArrayList<>();
        int enums = 0;
        for (var candidate : scanner.findCandidateComponents("com.creditwb.workbench")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            enums++;
            for (Object value : type.getEnumConstants()) {
                for (Properties bundle : bundles()) {
                    if (!bundle.containsKey(((Labelled) value).messageKey())) {
                        missing.add(type.getSimpleName() + "." + value + " → " + ((Labelled) value).messageKey());
                    }
                }
            }
        }
        assertThat(enums).as("labelled enumerations found").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    void every_key_built_from_an_enum_name_exists_for_every_value() throws IOException {
        Pattern built = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9.]*\\.)\" \\+ [a-zA-Z_.()]+\\.name\\(\\)");
        TreeSet<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = built.matcher(Files.readString(file));
                while (m.find()) {
                    if (!BUILT.containsKey(m.group(1)) && !NOT_LABELS.contains(m.group(1))) {
                        unknown.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(unknown).as("keys built from an enum's name with no enumeration tied to them here").isEmpty();
        List<String> missing = new ArrayList<>();
        for (var e : BUILT.entrySet()) {
            for (Enum<?> value : e.getValue().getEnumConstants()) {
                for (Properties bundle : bundles()) {
                    if (!bundle.containsKey(e.getKey() + value.name())) {
                        missing.add(e.getKey() + value.name());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
