package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A patient on a 360 x 740 phone follows the program a therapist assigned: runs the timer, marks a
 * round done, skips one with a reason, writes a journal entry (a wrong pain score first, then a
 * double tap), sees it on the pain chart, answers a safety question yes and is told to seek care;
 * the therapist, on a desktop, sees the alert and acknowledges it.
 */
class HomeCareBrowserIT extends BrowserTest {

  private static Browser phone;

  @BeforeAll
  static void startPhone() {
    phone = new Browser(360, 740);
  }

  @AfterEach
  void thePhonesPagesKeptToTheContentSecurityPolicy() {
    assertEquals(List.of(), phone.contentSecurityViolations());
  }

  @AfterAll
  static void closePhone() {
    phone.close();
  }

  @Test
  void aPatientOnAPhoneFollowsThePlanAndASafetyYesReachesTheTherapist() {
    String last = "Homecare" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    Browser.PatientWithProgram noor =
        browser.registerPatientWithProgram("Noor", last, "1988-03-09");
    long patient = noor.id();
    browser.waitForPictures("jakarta.faces.resource/images/exercises/");

    phone.signIn("demo", noor.username(), noor.oneTimePassword());
    phone.chooseOwnPassword(noor.oneTimePassword(), "Lantern-Harbour-91");
    phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
    assertFitsThePhone();
    assertTrue(phone.text(By.id("planTitle")).length() > 0);
    phone.waitForPictures("jakarta.faces.resource/images/exercises/");

    WebElement timer = phone.driver().findElement(By.cssSelector(".exercise-timer"));
    String fullLength = timer.findElement(By.cssSelector(".timer-clock")).getText();
    timer.findElement(By.cssSelector(".timer-start")).click();
    phone.waitUntil(d -> "running".equals(timer.getAttribute("data-state")));
    phone.waitUntil(
        d -> !fullLength.equals(timer.findElement(By.cssSelector(".timer-clock")).getText()));
    timer.findElement(By.cssSelector(".timer-pause")).click();
    phone.waitUntil(d -> "paused".equals(timer.getAttribute("data-state")));

    phone.click(By.cssSelector("#exercise-0 .portal-done-button"));
    phone.waitUntil(
        d -> !d.findElements(By.cssSelector("#exercise-0 .portal-round-done")).isEmpty());

    skipARoundWithAReason();

    phone.click(By.id("navJournal"));
    phone.waitFor(By.id("journal:painBefore"));
    fillSession("12", "3", "4");
    phone.click(By.id("journal:save"));
    phone.waitUntil(
        d ->
            d.findElement(By.id("journal:messages"))
                .getText()
                .contains("Give your pain as a whole number from 0 to 10."));
    assertTrue(phone.text(By.id("journal:entries")).contains("No entries yet."));

    fillSession("5", "3", "4");
    ((JavascriptExecutor) phone.driver())
        .executeScript(
            "var save = document.getElementById('journal:save'); save.click(); save.click();");
    phone.waitFor(By.id("savedLine"));
    phone.open("/patient/journal.xhtml");
    assertEquals(
        1,
        phone.driver().findElements(By.cssSelector("[id='journal:entries_data'] tr")).size(),
        "a double tap records one entry");
    assertFitsThePhone();

    phone.click(By.id("navProgress"));
    phone.waitFor(By.id("painReadings"));
    assertTrue(phone.text(By.id("painReadings")).contains("5 → 3"));
    assertTrue(phone.isPresent(By.cssSelector("#painSection canvas")));
    assertTrue(phone.text(By.id("adherenceWeeks")).contains("1 /"));
    assertTrue(phone.text(By.id("nextReview")).startsWith("Your next review is on"));
    assertFitsThePhone();

    phone.click(By.id("navJournal"));
    phone.waitFor(By.id("journal:painBefore"));
    fillSession("5", "4", "3");
    phone.chooseRadio("journal:weakness", "Yes");
    phone.click(By.id("journal:save"));
    phone.waitFor(By.id("journal:urgentCare"));
    assertTrue(phone.text(By.id("journal:urgentCare")).contains("Seek medical care now"));

    browser.open("/therapist/index.xhtml");
    assertTrue(browser.text(By.id("alertsLink")).startsWith("Open alerts in the clinic:"));
    browser.click(By.id("alertsLink"));
    browser.waitFor(By.id("alerts:open"));
    browser.click(By.cssSelector("[id='alerts:onlyMine'] .ui-chkbox-box"));
    By row = By.xpath("//*[@id='alerts:open']//tr[contains(., '" + last + "')]");
    browser.waitUntil(d -> d.findElement(row).getText().contains("Urgent: safety answer"));
    browser.waitUntil(
        d -> {
          d.findElement(row).findElement(By.cssSelector(".portal-acknowledge")).click();
          return true;
        });
    browser.waitUntil(d -> d.findElement(By.id("ackForm:note")).isDisplayed());
    browser.click(By.id("ackForm:confirmAck"));
    browser.waitUntil(
        d -> d.findElement(By.id("ackForm")).getText().contains("Write what you did about"));
    browser.type(By.id("ackForm:note"), "Phoned Noor: on the way to the emergency department");
    browser.click(By.id("ackForm:confirmAck"));
    browser.waitUntil(
        d -> d.findElement(By.id("alerts:acknowledged")).getText().contains("Phoned Noor"));
    browser.waitUntil(d -> d.findElements(row).isEmpty());

    browser.open("/therapist/patients/chart.xhtml?id=" + patient);
    browser.openTab("Home care");
    browser.waitFor(By.id("chart:tabs:journalEntries"));
    assertTrue(
        browser.text(By.id("chart:tabs:journalEntries")).contains("Safety question answered yes"));
    assertTrue(browser.text(By.id("chart:tabs:patientAlerts")).contains("Phoned Noor"));
  }

  /**
   * Skip without a reason is refused on the page and records nothing; with a reason chosen from the
   * menu the round shows as skipped with that reason.
   */
  private static void skipARoundWithAReason() {
    String exercise =
        (String)
            ((JavascriptExecutor) phone.driver())
                .executeScript(
                    "return document.querySelector('.portal-skip-button')"
                        + ".closest('article').id;");
    By skipButton = By.cssSelector("#" + exercise + " .portal-skip-button");
    By skipped = By.cssSelector("#" + exercise + " .portal-round-skipped");
    phone.click(skipButton);
    phone.waitUntil(
        d -> d.findElement(By.id("today:messages")).getText().contains("Choose why you skip it."));
    assertTrue(phone.driver().findElements(skipped).isEmpty(), "skipped with no reason");

    String menu =
        phone
            .driver()
            .findElement(By.cssSelector("#" + exercise + " .portal-skip-reason"))
            .getAttribute("id");
    phone.choose(menu, "No time");
    phone.click(skipButton);
    phone.waitUntil(
        d ->
            d.findElements(skipped).stream()
                .anyMatch(round -> round.getText().contains("Skipped · No time")));
    assertTrue(phone.text(By.id("today:messages")).isEmpty(), phone.text(By.id("today:messages")));
  }

  private static void fillSession(String before, String after, String effort) {
    phone.type(By.id("journal:painBefore"), before);
    phone.type(By.id("journal:painAfter"), after);
    phone.type(By.id("journal:effort"), effort);
    for (String question : new String[] {"saddle", "bladder", "weakness", "fever"}) {
      phone.chooseRadio("journal:" + question, "No");
    }
  }

  /** Nothing on the page is wider than the phone's screen. */
  private static void assertFitsThePhone() {
    Long overflow =
        (Long)
            ((JavascriptExecutor) phone.driver())
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
    assertEquals(0L, overflow, "horizontal scrolling on " + phone.path());
  }
}
