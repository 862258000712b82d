package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A program's review in the browser: the therapist opens it from the program, accepts the first
 * proposal, changes the dosage of the second, keeps the rest, and makes the next version; the
 * patient's today page then shows that version. Then the therapist discharges the patient from the
 * chart, which ends the program: the patient's today page has none, and the clinic's outcomes count
 * the episode for its therapist, with their chart.
 */
class ReviewBrowserIT extends BrowserTest {

  @Test
  void theTherapistDecidesTheReviewAndThePatientFollowsTheNextVersion() {
    String last = "Review" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    Browser.PatientWithProgram sam = browser.registerPatientWithProgram("Sam", last, "1968-03-14");

    browser.click(By.id("view:review"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/review.xhtml"));
    assertTrue(browser.text(By.id("patientName")).contains(last));
    int exercises = browser.driver().findElements(By.cssSelector("[id$=':choice']")).size();
    assertTrue(exercises >= 2, "a suggested program holds at least two exercises");
    browser.chooseRadio("review:rows:1:choice", "Change");
    browser.type(By.id("review:rows:1:sets"), "7");
    for (int row = 2; row < exercises; row++) {
      browser.chooseRadio("review:rows:" + row + ":choice", "Keep as now");
    }
    browser.click(By.id("review:decide"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/view.xhtml"));
    browser.waitFor(By.id("programStatus"));
    assertTrue(
        browser.text(By.id("programStatus")).startsWith("2"), browser.text(By.id("programStatus")));
    assertTrue(browser.pageSource().contains("7 sets"), "the changed dosage is the new one");

    try (Browser phone = new Browser(360, 740)) {
      phone.signIn("demo", sam.username(), sam.oneTimePassword());
      phone.chooseOwnPassword(sam.oneTimePassword(), "Meadow-Lantern-63");
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      assertTrue(phone.pageSource().contains("7 sets"), "the patient follows the next version");

      browser.open("/therapist/patients/chart.xhtml?id=" + sam.id() + "&tab=program");
      browser.waitFor(By.id("chart:tabs:dischargePatient"));
      browser.click(By.id("chart:tabs:dischargePatient"));
      browser.confirm();
      browser.waitUntil(
          d -> browser.text(By.id("chart:messages")).contains("Choose why the episode ends."));
      new Select(browser.driver().findElement(By.id("chart:tabs:dischargeReason")))
          .selectByVisibleText("Goals met");
      browser.type(By.id("chart:tabs:dischargeNote"), "Back to gardening without pain");
      browser.click(By.id("chart:tabs:dischargePatient"));
      browser.confirm();
      browser.waitUntil(d -> browser.text(By.id("chart:tabs:episodes")).contains("Goals met"));
      assertFalse(browser.isPresent(By.id("chart:tabs:dischargePatient")), "discharged once");

      phone.open("/patient/index.xhtml");
      phone.waitFor(By.id("today:noPlan"));
      assertFalse(phone.pageSource().contains("7 sets"), "the program ended with the discharge");
    }

    browser.open("/therapist/index.xhtml");
    browser.click(By.id("outcomesLink"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/outcomes/index.xhtml"));
    browser.waitFor(By.cssSelector("[id='outcomes:outcomesChart'] canvas"));
    assertFalse(
        browser.text(By.id("outcomes:summaries")).contains("No episode of care was closed"),
        "the discharged episode counts for its therapist");
  }
}
