package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One Chromium per test class, a screenshot of the page any failed test ended on, and no test ends
 * with something the Content Security Policy refused.
 */
abstract class BrowserTest {

  static final String PASSWORD = Browser.PASSWORD;

  static Browser browser;

  @RegisterExtension final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  /** A few letters that make a name unique to one run of one test. */
  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
  }

  @AfterEach
  void noPageBrokeTheContentSecurityPolicy() {
    assertEquals(List.of(), browser.contentSecurityViolations());
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }
}
