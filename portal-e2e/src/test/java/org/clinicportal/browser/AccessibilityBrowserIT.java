package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages no role's crawl reaches (sign-in, the error pages, the pages a mail's link opens, the
 * platform operator's) have no serious or critical axe-core violation, and a page made to break a
 * rule is reported, so the check cannot pass by looking at nothing; a patient signs in, marks a
 * round done and writes a journal entry with the keyboard alone; today's plan shows on a 360 pixel
 * phone with its text at twice the size without scrolling sideways. The crawls of {@link
 * EveryButtonBrowserIT} check every page of the patient, the therapist and the administrator.
 */
class AccessibilityBrowserIT extends BrowserTest {

  private static final String PATIENT_PASSWORD = "Lantern-Harbour-91";

  @Test
  void thePagesOutsideTheRolesCrawlsHaveNoSeriousViolation() {
    List<String> found = new ArrayList<>();
    browser.signOutEverywhere();
    for (String page :
        List.of(
            "/signin.xhtml",
            "/no-such-page.xhtml",
            "/expired.xhtml",
            "/forbidden.xhtml",
            "/error.xhtml",
            "/mail/stop.xhtml?t=unknown",
            "/mail/confirm.xhtml?t=unknown",
            "/mail/check-in.xhtml?t=unknown")) {
      browser.open(page);
      browser.settle();
      Accessibility.seriousViolations(browser).forEach(problem -> found.add(page + ": " + problem));
    }
    browser.signIn("", "platform", PASSWORD);
    for (String page : List.of("/platform/index.xhtml", "/platform/password.xhtml")) {
      browser.open(page);
      browser.settle();
      Accessibility.seriousViolations(browser).forEach(problem -> found.add(page + ": " + problem));
    }
    assertEquals(List.of(), found);
  }

  @Test
  void aPageThatBreaksARuleIsReported() {
    browser.signOutEverywhere();
    assertEquals(List.of(), Accessibility.seriousViolations(browser));

    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var faint = document.createElement('p');"
                + "faint.textContent = 'Faint words';"
                + "faint.style.color = '#c8c8c8';"
                + "document.querySelector('main').appendChild(faint);");

    List<String> found = Accessibility.seriousViolations(browser);
    assertTrue(
        found.stream().anyMatch(problem -> problem.startsWith("color-contrast (serious")),
        found.toString());
  }

  @Test
  void aPatientSignsInLogsARoundAndWritesInTheJournalWithTheKeyboardAlone() {
    String last = "Tabkeys" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    Browser.PatientWithProgram patient =
        browser.registerPatientWithProgram("Kai", last, "1975-02-14");
    try (Browser phone = new Browser(360, 740)) {
      phone.signIn("demo", patient.username(), patient.oneTimePassword());
      phone.chooseOwnPassword(patient.oneTimePassword(), PATIENT_PASSWORD);
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      phone.signOutEverywhere();

      Keyboard keys = new Keyboard(phone);
      keys.tabTo(By.id("signin:clinic")).type("demo");
      keys.tabTo(By.id("signin:username")).type(patient.username());
      keys.tabTo(By.id("signin:password")).type(PATIENT_PASSWORD).press(Keys.ENTER);
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));

      keys.tabTo(By.cssSelector("#exercise-0 .portal-done-button")).press(Keys.ENTER);
      phone.waitUntil(
          d -> !d.findElements(By.cssSelector("#exercise-0 .portal-round-done")).isEmpty());

      keys.tabTo(By.id("navJournal")).press(Keys.ENTER);
      phone.waitFor(By.id("journal:painBefore"));
      keys.tabTo(By.id("journal:painBefore")).type("5");
      keys.tabTo(By.id("journal:painAfter")).type("3");
      keys.tabTo(By.id("journal:effort")).type("4");
      keys.tabTo(By.id("journal:note")).type("Easier with the keyboard");
      for (String question : List.of("saddle", "bladder", "weakness", "fever")) {
        keys.tabTo(By.cssSelector("[id='journal:" + question + "'] input[value='true']"))
            .press(Keys.ARROW_RIGHT);
        assertTrue(
            phone
                .driver()
                .findElement(By.cssSelector("[id='journal:" + question + "'] input[value='false']"))
                .isSelected(),
            "the arrow key chose No for " + question);
      }
      keys.tabTo(By.id("journal:save")).press(Keys.ENTER);
      phone.waitFor(By.id("savedLine"));
      phone.open("/patient/journal.xhtml");
      assertTrue(phone.text(By.id("journal:entries")).contains("Easier with the keyboard"));
    }
  }

  @Test
  void todaysPlanFitsAPhoneWithItsTextAtTwiceTheSize() {
    String last = "Zoomtext" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    Browser.PatientWithProgram patient =
        browser.registerPatientWithProgram("Ada", last, "1948-09-30");
    try (Browser phone = Browser.withTextSize(360, 740, 200)) {
      phone.signIn("demo", patient.username(), patient.oneTimePassword());
      phone.chooseOwnPassword(patient.oneTimePassword(), PATIENT_PASSWORD);
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      phone.settle();
      JavascriptExecutor page = (JavascriptExecutor) phone.driver();
      assertEquals("32px", page.executeScript("return getComputedStyle(document.body).fontSize;"));
      assertEquals(
          0L,
          page.executeScript(
              "return document.documentElement.scrollWidth"
                  + " - document.documentElement.clientWidth;"),
          "today's plan scrolls sideways at twice the text size: "
              + page.executeScript(
                  "return Array.from(document.querySelectorAll('body *'))"
                      + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                      + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                      + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');"));
      assertTrue(phone.text(By.id("planTitle")).length() > 0);
    }
  }

  /** Moves through a page with the Tab key, as a person without a mouse does. */
  private static final class Keyboard {

    private static final int MOST_TABS = 80;

    private final Browser browser;

    Keyboard(Browser browser) {
      this.browser = browser;
    }

    /** Presses Tab until the element has the focus; fails when it never gets it. */
    Keyboard tabTo(By target) {
      browser.settle();
      WebElement wanted = browser.driver().findElement(target);
      Supplier<Boolean> focused =
          () ->
              (Boolean)
                  ((JavascriptExecutor) browser.driver())
                      .executeScript("return document.activeElement === arguments[0];", wanted);
      for (int tabs = 0; tabs < MOST_TABS; tabs++) {
        if (focused.get()) {
          return this;
        }
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      }
      throw new AssertionError(target + " never got the focus in " + MOST_TABS + " tabs");
    }

    Keyboard type(String text) {
      new Actions(browser.driver()).sendKeys(text).perform();
      return this;
    }

    Keyboard press(Keys key) {
      new Actions(browser.driver()).sendKeys(key).perform();
      return this;
    }
  }
}
