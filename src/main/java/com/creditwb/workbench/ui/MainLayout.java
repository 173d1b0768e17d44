package com.creditwb.workbench.ui;

import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.Menu;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.security.ui.ChangePasswordView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The app shell: side navigation grouped by feature (only what the user's roles allow), and a
 * header with the user's name, the language switch and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** One navigation entry: the view, its label key, icon (collection:name) and order. */
    record Entry(Class<? extends Component> view, String labelKey, String icon, double order) {
    }

    /** One group of entries, shown under a heading. */
    record Group(String labelKey, List<Entry> entries) {
    }

    /**
     * Every view that declares a navigation entry ({@code @Menu} with a {@link NavigationGroup}), grouped by
     * heading and ordered by the entries' order: features contribute entries, the layout lists them.
     */
    static final List<Group> NAVIGATION = discover("com.creditwb.workbench");

    @SuppressWarnings("unchecked")
    static List<Group> discover(String rootPackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<Entry> entries = new ArrayList<>();
        Map<Entry, String> groups = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents(rootPackage)) {
            Class<? extends Component> view;
            try {
                view = (Class<? extends Component>) Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            Menu menu = view.getAnnotation(Menu.class);
            NavigationGroup group = view.getAnnotation(NavigationGroup.class);
            if (group == null) {
                throw new IllegalStateException(view.getName() + " has @Menu but no @NavigationGroup");
            }
            Entry entry = new Entry(view, menu.title(), menu.icon(), menu.order());
            entries.add(entry);
            groups.put(entry, group.value());
        }
        entries.sort(Comparator.comparingDouble(Entry::order).thenComparing(e -> e.view().getName()));
        Map<String, List<Entry>> byGroup = new LinkedHashMap<>();
        entries.forEach(e -> byGroup.computeIfAbsent(groups.get(e), k -> new ArrayList<>()).add(e));
        return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private final transient AuthenticationContext authentication;
    private final transient AccessAnnotationChecker access;
    private final transient UserService users;
    private final transient com.creditwb.workbench.security.notifications.NotificationService notifications;

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access, UserService users,
            com.creditwb.workbench.security.notifications.NotificationService notifications) {
        this.notifications = notifications;
        this.authentication = authentication;
        this.access = access;
        this.users = users;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("wb-app-title");
        VerticalLayout drawer = new VerticalLayout(title);
        drawer.setPadding(true);
        for (Group group : NAVIGATION) {
            SideNav nav = navigation(group);
            if (nav != null) {
                drawer.add(nav);
            }
        }
        addToDrawer(new Scroller(drawer));
    }

    /** The side navigation of one group, or null when the user may open none of its views. */
    SideNav navigation(Group group) {
        List<Entry> allowed = allowed(group, access::hasAccess);
        if (allowed.isEmpty()) {
            return null;
        }
        SideNav nav = new SideNav(getTranslation(group.labelKey()));
        for (Entry entry : allowed) {
            nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(), new Icon(entry.icon())));
        }
        return nav;
    }

    /** The entries of a group whose views the user may open. */
    static List<Entry> allowed(Group group, Predicate<Class<? extends Component>> mayOpen) {
        return group.entries().stream().filter(e -> mayOpen.test(e.view())).toList();
    }

    private Component header() {
        String username = authentication.getPrincipalName().orElse("");
        Span user = new Span(users.displayName(username));
        user.addClassName("wb-header-user");
        user.setId("current-user");

        Select<Locale> language = languageSwitch();

        Button password = new Button(VaadinIcon.KEY.create(), e -> UI.getCurrent().navigate(ChangePasswordView.class));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setTooltipText(getTranslation("password.change.title"));
        password.setAriaLabel(getTranslation("password.change.title"));

        Button guide = new Button(VaadinIcon.QUESTION_CIRCLE_O.create(), e -> UI.getCurrent().navigate(GuideView.class));
        guide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        guide.setTooltipText(getTranslation("guide.title"));
        guide.setAriaLabel(getTranslation("guide.title"));
        guide.setId("open-guide");

        Button logout = new Button(getTranslation("header.signOut"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("sign-out");

        var bell = new com.creditwb.workbench.security.notifications.ui.NotificationBell(notifications);
        HorizontalLayout header = new HorizontalLayout(user, bell, language, guide, password, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(Locales.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.toLanguageTag()));
        language.setValue(Locales.supported(getLocale()));
        language.setAriaLabel(getTranslation("language.label"));
        language.setWidth("9em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                users.setPreferredLocale(e.getValue());
                LocaleSetup.apply(UI.getCurrent(), e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return language;
    }
}
