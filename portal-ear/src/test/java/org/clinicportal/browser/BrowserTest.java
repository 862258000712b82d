package org.clinicportal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One Chromium per test class, and a screenshot of the page any failed test ended on. */
abstract class BrowserTest {

  static final String PASSWORD = Browser.PASSWORD;

  static Browser browser;

  @RegisterExtension final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }
}
