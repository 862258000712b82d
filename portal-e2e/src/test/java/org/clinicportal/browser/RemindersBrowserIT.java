package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicportal.http.PortalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A patient on a 360 x 740 phone sets when reminders come: a time such as 25:00 is named on the
 * page and saves nothing; times and quiet hours that make sense are saved and shown again. The same
 * patient answers the week's check-in (first without the number of days, which is named), and the
 * therapist sees the answer on the chart.
 */
class RemindersBrowserIT extends BrowserTest {

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
  void aPatientOnAPhoneSetsReminderTimesAndAWrongTimeChangesNothing() {
    phone.signIn("demo", "patient", PASSWORD);
    phone.click(By.id("navReminders"));
    phone.waitFor(By.id("reminders:times"));
    assertFitsThePhone();
    assertTrue(
        phone.text(By.id("address")).contains("j***@example.org"), phone.text(By.id("address")));
    String before = valueOf("reminders:times");

    phone.type(By.id("reminders:times"), "25:00");
    phone.click(By.id("reminders:save"));
    phone.waitUntil(d -> d.getPageSource().contains("A time must be written as hours and minutes"));
    phone.open("/patient/reminders.xhtml");
    phone.waitFor(By.id("reminders:times"));
    assertEquals(before, valueOf("reminders:times"), "a wrong time saved nothing");

    phone.type(By.id("reminders:times"), "7:30, 19:00");
    phone.type(By.id("reminders:quietStart"), "22:00");
    phone.type(By.id("reminders:quietEnd"), "06:30");
    phone.type(By.id("reminders:nudgeAt"), "20:30");
    phone.click(By.id("reminders:save"));
    phone.waitUntil(d -> d.getPageSource().contains("Your reminders are saved."));

    phone.open("/patient/reminders.xhtml");
    phone.waitFor(By.id("reminders:times"));
    assertEquals("07:30, 19:00", valueOf("reminders:times"));
    assertEquals("22:00", valueOf("reminders:quietStart"));
    assertEquals("06:30", valueOf("reminders:quietEnd"));
    assertEquals("20:30", valueOf("reminders:nudgeAt"));
    assertFitsThePhone();
  }

  @Test
  void aPatientAnswersTheWeeksCheckInOnThePhoneAndTheTherapistSeesIt() throws Exception {
    long patient = PortalDatabase.demoPatientId("D-0001");
    PortalDatabase.askCheckIn(patient);
    phone.signIn("demo", "patient", PASSWORD);
    phone.click(By.id("today:openCheckIn"));
    phone.waitFor(By.id("checkIn:days"));
    assertFitsThePhone();

    By pain = By.id("checkIn:barriers:1:barrier");
    phone.click(pain);
    phone.waitUntil(d -> d.getPageSource().contains("Choose how many days you did your exercises"));
    phone.click(By.cssSelector("label[for='checkIn:days:3']"));
    phone.click(pain);
    phone.waitFor(By.id("checkIn:thanks"));
    assertTrue(
        phone.text(By.id("checkIn:thanks")).contains("3 days"),
        phone.text(By.id("checkIn:thanks")));

    browser.signIn("demo", "therapist", PASSWORD);
    browser.open("/therapist/patients/chart.xhtml?id=" + patient);
    browser.openTab("Home care");
    browser.waitFor(By.id("checkInWeeks"));
    String weeks = browser.text(By.id("checkInWeeks"));
    assertTrue(weeks.contains("3 / 7") && weeks.contains("Pain"), weeks);
  }

  private static String valueOf(String id) {
    return phone.driver().findElement(By.id(id)).getAttribute("value");
  }

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
