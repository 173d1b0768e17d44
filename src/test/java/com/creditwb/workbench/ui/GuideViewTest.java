package com.creditwb.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user guide opens in the page's language, with a section for every role and the user's own roles named. */
class GuideViewTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void the_guide_is_in_the_pages_language_with_a_section_per_role() {
        CurrentUser user = mock(CurrentUser.class);
        when(user.roles()).thenReturn(Set.of(Role.ACCOUNT_MANAGER));
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ViewTestSupport.open(locale);
            GuideView view = new GuideView(user);
            String html = GuideView.text(locale);
            for (Role role : Role.values()) {
                assertThat(html).as("section for %s in %s", role, locale).contains("id=\"guide-" + role.name() + "\"");
            }
            assertThat(html).contains(locale == Locale.ENGLISH ? "Account managers" : "客户经理");
            assertThat(view.getChildren().anyMatch(c -> c instanceof com.vaadin.flow.component.html.Paragraph p
                    && p.getText().contains(locale == Locale.ENGLISH ? "Account manager" : "客户经理"))).isTrue();
        }
    }
}
