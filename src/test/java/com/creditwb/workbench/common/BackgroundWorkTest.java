package com.creditwb.workbench.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Parts of a background task run side by side, each as the user who started it, and a failure reaches the caller. */
class BackgroundWorkTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_part_runs_once_as_the_signed_in_user() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("credit1", null, List.of()));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        new BackgroundWork().inParallel(List.of(1, 2, 3, 4, 5, 6, 7, 8), part -> {
            seen.add(SecurityContextHolder.getContext().getAuthentication().getName());
            assertThat(done.add(part)).as("part %d once", part).isTrue();
        });
        assertThat(done).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(seen).containsExactly("credit1");
    }

    @Test
    void a_failing_part_fails_the_whole() {
        assertThatThrownBy(() -> new BackgroundWork().inParallel(List.of(1, 2, 3), part -> {
            if (part == 2) {
                throw new IllegalArgumentException("part 2");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("part 2");
    }
}
