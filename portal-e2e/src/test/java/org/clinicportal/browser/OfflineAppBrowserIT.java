package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The patient's plan as an app on a phone whose network goes away: the browser finds the app
 * installable; after one visit online the app opens with the network cut, shows the plan with its
 * timer, keeps a round marked done, a round skipped and a journal entry on the phone as waiting to
 * send, and shows the seek-care-now instruction for a safety "yes" at once; with the network back,
 * the next opening sends them, the portal holds each once and the therapist sees the urgent alert;
 * signing out leaves nothing on the phone.
 */
class OfflineAppBrowserIT extends BrowserTest {

  private static final String DB_URL =
      System.getProperty("portal.e2e.dbUrl", "jdbc:postgresql://127.0.0.1:5432/portal_e2e");

  private static Network network;
  private static Browser phone;

  @BeforeAll
  static void startPhoneBehindANetwork() {
    network = new Network(browser.baseUrl());
    phone = new Browser(360, 740, false, network.baseUrl());
  }

  @AfterAll
  static void closePhone() throws Exception {
    phone.close();
    network.close();
  }

  @Test
  void thePlanWorksOfflineAndWhatWasDoneReachesThePortalOnce() throws Exception {
    String last = "Offline" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    Browser.PatientWithProgram mika =
        browser.registerPatientWithProgram("Mika", last, "1975-06-21");
    long patient = mika.id();

    phone.signIn("demo", mika.username(), mika.oneTimePassword());
    phone.chooseOwnPassword(mika.oneTimePassword(), "Lantern-Harbour-92");
    phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
    phone.click(By.id("offlineApp"));
    phone.waitFor(By.cssSelector(".app-mark-done"));
    assertEquals(
        List.of(),
        phone.devTools("Page.getInstallabilityErrors", Map.of()).get("installabilityErrors"),
        "Chromium's own installability check");
    awaitServiceWorkerInControl();

    network.cut();
    phone.open("/patient/app/");
    phone.waitFor(By.cssSelector(".app-mark-done"));
    assertTrue(phone.text(By.id("status")).startsWith("Offline"), phone.text(By.id("status")));
    phone.click(By.cssSelector(".exercise-timer .timer-start"));
    phone.waitUntil(
        d ->
            "running"
                .equals(
                    d.findElement(By.cssSelector(".exercise-timer")).getAttribute("data-state")));
    phone.click(By.cssSelector(".exercise-timer .timer-pause"));
    phone.click(By.cssSelector(".app-mark-done"));
    phone.waitUntil(d -> phone.text(By.id("waiting")).equals("1 item waiting to send"));
    phone.click(By.cssSelector(".app-skip"));
    new Select(phone.driver().findElement(By.cssSelector(".app-skip-reason")))
        .selectByValue("PAIN");
    phone.waitUntil(d -> phone.text(By.id("waiting")).equals("2 items waiting to send"));
    assertEquals(2, phone.driver().findElements(By.cssSelector(".app-pending")).size());

    phone.type(By.id("painBefore"), "4");
    phone.type(By.id("painAfter"), "6");
    phone.type(By.id("effort"), "3");
    phone.click(By.id("saddleNumbness-true"));
    for (String question : List.of("bladderOrBowel", "legWeakness")) {
      phone.click(By.id(question + "-false"));
    }
    phone.click(By.id("saveEntry"));
    assertEquals(
        "Answer every safety question with yes or no.", phone.text(By.id("journalProblem")));
    assertTrue(!phone.driver().findElement(By.id("urgent")).isDisplayed());
    phone.click(By.id("fever-false"));
    phone.click(By.id("saveEntry"));
    phone.waitUntil(d -> d.findElement(By.id("urgent")).isDisplayed());
    assertEquals("Seek medical care now", phone.text(By.cssSelector(".app-urgent-title")));
    assertTrue(
        phone.text(By.cssSelector(".app-urgent-therapist")).contains("as soon as this phone"),
        "offline, the therapist is not told yet, and the page says so");
    phone.waitUntil(d -> phone.text(By.id("waiting")).equals("3 items waiting to send"));
    assertEquals(0, roundsLoggedFor(patient), "nothing reached the portal while it was cut off");
    assertEquals(0, entriesOf(patient));

    network.restore();
    phone.open("/patient/app/");
    phone.waitUntil(d -> !phone.isPresent(By.cssSelector(".app-pending")));
    phone.waitFor(By.cssSelector(".app-done"));
    phone.waitUntil(
        d -> phone.text(By.cssSelector(".app-urgent-therapist")).contains("has been alerted"));
    assertEquals(2, roundsLoggedFor(patient));
    assertEquals(1, entriesOf(patient));
    phone.open("/patient/app/");
    phone.waitFor(By.cssSelector(".app-done"));
    assertEquals(2, roundsLoggedFor(patient), "sent once, however often the app opens");
    assertEquals(1, entriesOf(patient));
    assertEquals(List.of(), phone.contentSecurityViolations());

    browser.open("/therapist/alerts.xhtml");
    browser.waitFor(By.id("alerts:open"));
    assertTrue(
        browser.text(By.id("alerts:open")).contains(last),
        "the therapist sees the urgent alert the phone's entry raised");

    phone.open("/patient/index.xhtml");
    phone.click(By.id("account:signOut"));
    phone.waitUntil(d -> d.getCurrentUrl().contains("/signin.xhtml"));
    assertEquals(
        "databases: 0, caches: 0, workers: 0",
        phone.asyncScript(
            "var done = arguments[arguments.length - 1];"
                + "Promise.all([indexedDB.databases(), caches.keys(),"
                + " navigator.serviceWorker.getRegistrations()]).then(function (kept) {"
                + " done('databases: ' + kept[0].length + ', caches: ' + kept[1].length"
                + " + ', workers: ' + kept[2].length); });"),
        "signing out leaves nothing of the patient's on the phone");
  }

  /** Waits until the app's service worker has taken over the page. */
  private static void awaitServiceWorkerInControl() {
    phone.waitUntil(
        d ->
            Boolean.TRUE.equals(
                phone.asyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(function () {"
                        + " done(navigator.serviceWorker.controller !== null); });")));
  }

  private static int entriesOf(long patient) throws Exception {
    return count("select count(*) from journal_entry where patient_id = ?", patient);
  }

  private static int roundsLoggedFor(long patient) throws Exception {
    return count("select count(*) from exercise_log where patient_id = ?", patient);
  }

  private static int count(String sql, long patient) throws Exception {
    try (Connection db = DriverManager.getConnection(DB_URL, "postgres", "");
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, patient);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
