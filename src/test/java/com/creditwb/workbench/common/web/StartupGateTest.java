package com.creditwb.workbench.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.common.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Until start-up has finished the API answers 503 with Retry-After, not data of a half-loaded portfolio. */
class StartupGateTest {

    @Test
    void the_api_answers_503_until_the_application_is_ready() throws Exception {
        Messages messages = mock(Messages.class);
        when(messages.get(any())).thenReturn("starting");
        StartupGate gate = new StartupGate();
        var filter = gate.startupGateFilter(messages).getFilter();

        MockHttpServletResponse before = new MockHttpServletResponse();
        MockFilterChain chainBefore = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/customers"), before, chainBefore);
        assertThat(before.getStatus()).isEqualTo(503);
        assertThat(before.getHeader("Retry-After")).isEqualTo("5");
        assertThat(before.getContentAsString()).isEqualTo("{\"message\":\"starting\"}");
        assertThat(chainBefore.getRequest()).as("the request went no further").isNull();

        gate.readiness(new org.springframework.boot.availability.AvailabilityChangeEvent<>(this,
                org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC));
        MockHttpServletResponse after = new MockHttpServletResponse();
        MockFilterChain chainAfter = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/customers"), after, chainAfter);
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(chainAfter.getRequest()).isNotNull();

        // refusing traffic again (a graceful shutdown): 503 again, as the readiness probe says
        gate.readiness(new org.springframework.boot.availability.AvailabilityChangeEvent<>(this,
                org.springframework.boot.availability.ReadinessState.REFUSING_TRAFFIC));
        MockHttpServletResponse closing = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/customers"), closing, new MockFilterChain());
        assertThat(closing.getStatus()).isEqualTo(503);
    }
}
