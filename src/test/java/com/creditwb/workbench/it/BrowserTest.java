package com.creditwb.workbench.it;

import com.creditwb.workbench.WorkbenchTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running app and one headless Chromium shared by a class's real-browser tests. */
@WorkbenchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    BrowserSession browser;

    @BeforeAll
    void start() {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }
}
