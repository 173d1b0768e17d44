package com.creditwb.workbench;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.common.i18n.MessagesConfig;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/**
 * Browserless view tests: views are constructed directly with their collaborators, inside a
 * current UI whose service offers the real message bundles.
 */
public final class ViewTestSupport {

    /*
     * Vaadin's CurrentInstance holds the current UI and service through weak references; without
     * these strong ones a garbage collection in the middle of a test loses the UI, and with it the
     * locale the test chose.
     */
    private static VaadinService currentService;
    private static UI currentUi;

    private ViewTestSupport() {
    }

    /** The clock view tests hand to views: the test day in the test zone (see {@link TestClockConfig}). */
    public static final java.time.Clock CLOCK = java.time.Clock.fixed(TestClockConfig.TODAY, TestClockConfig.ZONE);

    /** The demo users' display names, as views show people (never by login name). */
    public static final java.util.Map<String, String> NAMES = java.util.Map.of("admin", "系统管理员 Admin", "credit1", "王信 Wang Xin",
            "credit2", "李诚 Li Cheng", "account1", "张客 Zhang Ke", "account2", "陈户 Chen Hu", "finance1", "刘财 Liu Cai");

    /** A user service that names the demo users as the demo does (and anyone else by the name given). */
    public static com.creditwb.workbench.security.UserService users() {
        com.creditwb.workbench.security.UserService users = mock(com.creditwb.workbench.security.UserService.class);
        when(users.displayName(org.mockito.ArgumentMatchers.any())).thenAnswer(i -> name(i.getArgument(0)));
        return users;
    }

    /** A person's display name as the views show it. */
    public static String name(String username) {
        return username == null ? null : NAMES.getOrDefault(username, username);
    }

    public static UI open(Locale locale) {
        MessagesConfig config = new MessagesConfig();
        VaadinService service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(config.i18nProvider(config.messageSource()));
        CurrentInstance.set(VaadinService.class, service);
        UI ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
        currentService = service;
        currentUi = ui;
        return ui;
    }

    /** The component a component column of the grid shows for the item. */
    @SuppressWarnings("unchecked")
    public static <T> com.vaadin.flow.component.Component render(com.vaadin.flow.component.grid.Grid<T> grid, int column, T item) {
        return ((com.vaadin.flow.data.renderer.ComponentRenderer<?, T>) grid.getColumns().get(column).getRenderer()).createComponent(item);
    }

    public static void close() {
        CurrentInstance.clearAll();
        currentService = null;
        currentUi = null;
    }

    /** The real workbook-problem messages on the real bundles. */
    public static com.creditwb.workbench.common.excel.ProblemMessages problemMessages() {
        try {
            var c = com.creditwb.workbench.common.excel.ProblemMessages.class.getDeclaredConstructor(com.creditwb.workbench.common.i18n.Messages.class);
            c.setAccessible(true);
            return c.newInstance(new com.creditwb.workbench.common.i18n.Messages(new com.creditwb.workbench.common.i18n.MessagesConfig().messageSource()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
