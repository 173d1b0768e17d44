package com.creditwb.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.customer.ui.CustomersView;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.ui.LoginView;
import com.creditwb.workbench.security.ui.UsersView;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Navigation shows only what the roles allow, and every route declares who may open it. */
class NavigationAndGuardsTest {

    @Test
    void the_navigation_lists_only_the_views_the_user_may_open() {
        // what Vaadin's own access checker (the one the router asks) answers for a signed-in finance user
        com.vaadin.flow.server.auth.AccessAnnotationChecker checker = new com.vaadin.flow.server.auth.AccessAnnotationChecker();
        java.security.Principal financeUser = () -> "finance1";
        java.util.function.Predicate<Class<? extends com.vaadin.flow.component.Component>> finance = view ->
                checker.hasAccess(view, financeUser, role -> role.equals(Role.FINANCE.name()));
        var labels = MainLayout.NAVIGATION.stream()
                .flatMap(g -> MainLayout.allowed(g, finance).stream())
                .map(MainLayout.Entry::labelKey).toList();
        // FINANCE reads key-account data (list, page and export alike) and imports the economics; it may be on a
        // negotiation's team (the list then shows only those)
        assertThat(labels).containsExactly("nav.dashboard", "nav.tasks", "nav.customers", "nav.complaints", "nav.collections", "nav.collectionFigures", "nav.alerts", "nav.portfolio", "nav.groups", "nav.keyAccounts",
                "nav.economicsImport", "nav.negotiations", "nav.statementImport", "nav.agingImport", "nav.exchangeRates");
        assertThat(MainLayout.allowed(MainLayout.NAVIGATION.get(5), finance))
                .as("a group with nothing allowed is left out").isEmpty();
        assertThat(MainLayout.NAVIGATION.stream().flatMap(g -> MainLayout.allowed(g, view -> true).stream()).count())
                .as("an administrator sees every entry (alliances, negotiations, complaints, service quality, the churn watch, questionnaires, blocked documents, customer groups, exchange rates and collections included, and my tasks)").isEqualTo(24);
    }

    @Test
    void every_route_declares_its_access_rule_and_administration_is_for_admins() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = scanner.findCandidateComponents("com.creditwb.workbench");
        assertThat(routes).isNotEmpty();
        for (var candidate : routes) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            boolean declared = view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class);
            assertThat(declared).as("%s declares who may open it", view.getSimpleName()).isTrue();
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                // the login view, and the survey page a contact opens with a personal link (the token is its key)
                assertThat(view).as("only the login view and the survey link page are public")
                        .isIn(LoginView.class, com.creditwb.workbench.servicequality.ui.SurveyAnswerView.class);
            }
        }
        assertThat(UsersView.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.ADMIN.name());
        assertThat(CustomersView.class.isAnnotationPresent(PermitAll.class)).isTrue();
        assertThat(com.creditwb.workbench.statement.ui.StatementImportView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(Role.ADMIN.name(), Role.FINANCE.name());
    }
}
