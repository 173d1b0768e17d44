package com.creditwb.workbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape the next features rely on (ARCHITECTURE.md): features depend only downward
 * (common ← security ← customer ← statement ← credit ← keyaccount ← later features; ui on top), no
 * cycles between feature packages, a repository used only inside its feature, and the plain domain
 * classes free of Spring, JPA and Vaadin.
 */
class ArchitectureTest {

    static final String ROOT = "com.creditwb.workbench";
    /** From the bottom up: each may use only the ones before it. */
    static final List<String> LAYERS = List.of("common", "security", "customer", "statement", "credit", "keyaccount", "alliance", "negotiation",
            "servicequality", "collection", "relationship");

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void features_depend_only_downward() {
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> above = new java.util.ArrayList<>(LAYERS.subList(i + 1, LAYERS.size()));
            above.add("ui");
            String[] packages = above.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + LAYERS.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages)
                    .because(LAYERS.get(i) + " sits below " + String.join(", ", above))
                    .check(classes);
        }
    }

    @Test
    void there_are_no_cycles_between_feature_packages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void a_repository_is_used_only_inside_its_feature() {
        for (String feature : LAYERS) {
            ArchRule rule = noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a repository of " + feature,
                            c -> c.getPackageName().startsWith(ROOT + "." + feature)
                                    && c.isAssignableTo(org.springframework.data.repository.Repository.class)))
                    .allowEmptyShould(true);
            rule.check(classes);
        }
    }

    @Test
    void repositories_are_package_private() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class).and().resideInAPackage(ROOT + "..")
                .should().notBePublic()
                .because("a feature's service is the only door to its tables")
                .check(classes);
    }

    @Test
    void a_features_views_use_another_features_views_only_through_the_customer_page_plug_in() {
        for (String feature : LAYERS) {
            noClasses().that().resideInAPackage(ROOT + "." + feature + ".ui..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another feature's view",
                            c -> c.getPackageName().matches(java.util.regex.Pattern.quote(ROOT) + "\\.[a-z]+\\.ui(\\..*)?")
                                    && !c.getPackageName().startsWith(ROOT + "." + feature + ".ui")
                                    && !c.getPackageName().startsWith(ROOT + ".common.ui")
                                    && !c.getPackageName().startsWith(ROOT + ".ui")
                                    // the customer and alliance pages are the plug-in points: their tab interfaces, the credit file's sections, the page
                                    // to link to and the customer picker
                                    && !c.getFullName().startsWith(ROOT + ".customer.ui.CustomerTab")
                                    && !c.getFullName().startsWith(ROOT + ".customer.ui.CreditFileSection")
                                    && !c.getFullName().startsWith(ROOT + ".customer.ui.CustomerDetailView")
                                    && !c.getFullName().startsWith(ROOT + ".customer.ui.CustomerPicker")
                                    && !c.getFullName().startsWith(ROOT + ".alliance.ui.AllianceTab")
                                    // the one user picker
                                    && !c.getFullName().equals(ROOT + ".security.ui.UserPicker")))
                    .check(classes);
        }
    }

    @Test
    void no_feature_touches_another_features_entities() {
        // common's audit trail (AuditLogEntry, ReadLogEntry) is the shared mechanism every feature reads through its own service
        for (String feature : LAYERS.subList(1, LAYERS.size())) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a JPA entity of " + feature,
                            c -> c.getPackageName().startsWith(ROOT + "." + feature) && c.isAnnotatedWith(jakarta.persistence.Entity.class)))
                    .because("other features read " + feature + " through its service and read-only records")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void a_stale_save_is_refused_one_way_with_one_message() {
        noClasses().that().doNotBelongToAnyOf(com.creditwb.workbench.common.ConcurrentEditException.class)
                .should().callConstructor(com.creditwb.workbench.common.ConcurrentEditException.class, String.class, Throwable.class)
                .because("stale saves go through ConcurrentEditException.unlessSame / conflict / of (one message key)")
                .check(classes);
    }

    @Test
    void a_version_is_moved_on_one_way() {
        noClasses().that().doNotBelongToAnyOf(com.creditwb.workbench.common.Versions.class)
                .should().callMethod(jakarta.persistence.EntityManager.class, "lock", Object.class, jakarta.persistence.LockModeType.class)
                .because("a part's change raises its record's version through Versions.bump (one lock mode, raised at once)")
                .check(classes);
    }

    @Test
    void background_work_runs_only_through_the_one_mechanism() {
        noClasses().that().doNotBelongToAnyOf(com.creditwb.workbench.common.BackgroundWork.class)
                .should().dependOnClassesThat().belongToAnyOf(java.util.concurrent.Executors.class,
                        java.util.concurrent.ThreadPoolExecutor.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callMethod(Thread.class, "ofVirtual")
                .orShould().callMethod(Thread.class, "startVirtualThread", Runnable.class)
                .because("exports, batch imports and re-scoring run through common.BackgroundWork (progress, cancel, the user's rights)")
                .check(classes);
    }

    @Test
    void today_always_comes_from_the_injected_clock() {
        List<Class<?>> temporal = List.of(java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.LocalTime.class,
                java.time.Instant.class, java.time.ZonedDateTime.class, java.time.OffsetDateTime.class, java.time.YearMonth.class,
                java.time.Year.class);
        var rule = noClasses().that().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class);
        com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction should = null;
        for (Class<?> t : temporal) {
            should = should == null ? rule.should().callMethod(t, "now") : should.orShould().callMethod(t, "now");
            should = should.orShould().callMethod(t, "now", java.time.ZoneId.class);
        }
        should.orShould().callMethod(java.time.Clock.class, "systemDefaultZone").orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis").orShould().callConstructor(java.util.Date.class)
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault").orShould().callMethod(java.util.TimeZone.class, "getDefault")
                .because("every 'today', in views too, comes from the one injected Clock, and moments show in its zone (Formats.zone),"
                        + " so the suite passes on any date and zone")
                .check(classes);
    }

    @Test
    void views_ask_the_service_instead_of_checking_roles() {
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethod(com.creditwb.workbench.security.CurrentUser.class, "hasRole", com.creditwb.workbench.security.Role.class)
                .orShould().callMethod(com.creditwb.workbench.security.CurrentUser.class, "hasAnyRole",
                        com.creditwb.workbench.security.Role[].class)
                .because("who may do what is the access policy's, asked through the service's canX (one answer for UI and API)")
                .check(classes);
    }

    @Test
    void services_and_controllers_never_depend_on_views() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("a service serves the API and the UI alike")
                .check(classes);
    }

    @Test
    void plain_sql_lives_only_in_named_query_classes() {
        // the few places where a statement by hand beats JPA, each named for what it reads or keeps
        noClasses().that().doNotBelongToAnyOf(com.creditwb.workbench.customer.CustomerNameIndex.class,
                        com.creditwb.workbench.customer.CreditColumns.class,
                        com.creditwb.workbench.credit.CheckFacts.class, com.creditwb.workbench.credit.receivable.CustomerCreditFigures.class,
                        com.creditwb.workbench.security.notifications.NotificationService.class,
                        com.creditwb.workbench.credit.receivable.ReceivableItemWriter.class, com.creditwb.workbench.common.demo.DemoMarks.class,
                        com.creditwb.workbench.common.cluster.SharedVersions.class, com.creditwb.workbench.common.cluster.ClusterJobs.class,
                        com.creditwb.workbench.statement.StatementLines.class)
                .should().dependOnClassesThat().belongToAnyOf(org.springframework.jdbc.core.JdbcTemplate.class,
                        org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.class)
                .because("everything else reads and writes through its feature's repositories")
                .check(classes);
    }

    @Test
    void plain_sql_names_only_its_own_features_tables() throws java.io.IOException {
        // who owns a table: the feature of the entity mapped to it (its @Table, or a collection table of its fields)
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (var c : classes) {
            if (!c.isAnnotatedWith(jakarta.persistence.Entity.class)) {
                continue;
            }
            String feature = featureOf(c.getPackageName());
            c.tryGetAnnotationOfType(jakarta.persistence.Table.class).ifPresent(t -> owner.put(t.name().toLowerCase(), feature));
            c.getFields().forEach(f -> f.tryGetAnnotationOfType(jakarta.persistence.CollectionTable.class)
                    .ifPresent(t -> owner.put(t.name().toLowerCase(), feature)));
        }
        java.util.regex.Pattern table = java.util.regex.Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+([a-z_]+)");
        List<String> wrong = new java.util.ArrayList<>();
        for (var c : classes) {
            if (c.isNestedClass() || c.getDirectDependenciesFromSelf().stream()
                    .noneMatch(d -> d.getTargetClass().isEquivalentTo(org.springframework.jdbc.core.JdbcTemplate.class))) {
                continue;
            }
            String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java", c.getName().replace('.', '/') + ".java"));
            var strings = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(source);
            while (strings.find()) {
                var m = table.matcher(strings.group(1));
                while (m.find()) {
                    String t = m.group(1).toLowerCase();
                    if (owner.containsKey(t) && !owner.get(t).equals(featureOf(c.getPackageName()))) {
                        wrong.add(c.getSimpleName() + " reads " + t + " of " + owner.get(t));
                    }
                }
            }
        }
        assertThat(wrong).as("a feature reaches another's tables through that feature's service or port, never by SQL").isEmpty();
        assertThat(owner).containsEntry("customer", "customer").containsEntry("receivable_item", "credit");
    }

    @Test
    void a_refused_form_is_shown_one_way() throws java.io.IOException {
        // a ValidationException caught on screen goes to common.ui.Problems (on the fields it names, the rest listed
        // beside the form's buttons); no screen puts it in a notification or builds its own list of messages
        java.util.regex.Pattern caught = java.util.regex.Pattern.compile("catch \\((?:[\\w.]+\\.)?ValidationException \\w+\\) \\{");
        List<String> wrong = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/com/creditwb/workbench"))) {
            for (var file : files.filter(f -> f.toString().contains("/ui/") && f.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(file);
                var m = caught.matcher(source);
                while (m.find()) {
                    int depth = 1;
                    int i = m.end();
                    while (depth > 0 && i < source.length()) {
                        depth += source.charAt(i) == '{' ? 1 : source.charAt(i) == '}' ? -1 : 0;
                        i++;
                    }
                    String block = source.substring(m.end(), i);
                    if (block.contains("Notify.") || block.contains("Notification") || block.contains("getErrors()")) {
                        wrong.add(file.getFileName() + ": " + block.strip().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_import_reads_its_workbook_the_one_safe_way() {
        // SafeWorkbookReader.read turns whatever POI throws while cells are read into a 422 for the file; only the
        // template filler (our own templates) opens a workbook directly
        noClasses().that().doNotBelongToAnyOf(com.creditwb.workbench.common.excel.SafeWorkbookReader.class,
                        com.creditwb.workbench.common.excel.TemplateFiller.class)
                .should().callMethod(com.creditwb.workbench.common.excel.SafeWorkbookReader.class, "open", byte[].class)
                .check(classes);
    }

    static String featureOf(String packageName) {
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void every_feature_keeps_its_plain_rules_and_records_in_a_domain_package() {
        // key accounts keep theirs in the two rule packages named for what they compute (value, segment)
        for (String feature : List.of("customer", "statement", "credit", "alliance", "negotiation", "servicequality")) {
            assertThat(classes.stream().filter(c -> c.getPackageName().equals(ROOT + "." + feature + ".domain")).count())
                    .as(feature + ".domain").isPositive();
        }
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(ROOT + ".keyaccount.value")).count()).isPositive();
    }

    @Test
    void every_domain_package_is_plain_java() {
        classes().that().resideInAnyPackage("..domain..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..", "org.hibernate..", ROOT + "..ui..", ROOT + "..api..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void views_never_touch_a_repository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(classes);
    }

    @Test
    void plain_domain_classes_are_free_of_spring_jpa_and_vaadin() {
        classes().that().resideInAnyPackage(ROOT + ".common.math..", ROOT + ".credit.scoring..", ROOT + ".keyaccount.segment..",
                        ROOT + ".keyaccount.value..", ROOT + ".statement.ratio..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..", "org.hibernate..")
                .check(classes);
    }
}
