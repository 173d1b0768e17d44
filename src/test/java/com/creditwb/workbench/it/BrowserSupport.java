package com.creditwb.workbench.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One headless Chromium for a class's real-browser tests against the app on its random port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSupport {

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
