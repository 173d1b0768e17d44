package com.creditwb.workbench.it;

import com.creditwb.workbench.WorkbenchTest;

/** The running app (demo data on H2) and one headless Chromium shared by a class's real-browser tests. */
@WorkbenchTest
abstract class BrowserTest extends BrowserSupport {
}
