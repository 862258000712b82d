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

/**
 * The patient's plan as an app on a phone whose network goes away: the browser finds the app
 * installable; after one visit online the app opens with the network cut, shows the plan, and keeps
 * a round marked done on the phone as waiting to send; with the network back, the next opening
 * sends it and the portal holds it once; signing out leaves nothing on the phone.
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
    phone.click(By.cssSelector(".app-mark-done"));
    phone.waitUntil(d -> phone.text(By.id("waiting")).equals("1 item waiting to send"));
    assertTrue(phone.isPresent(By.cssSelector(".app-pending")));
    assertEquals(0, roundsLoggedFor(patient), "nothing reached the portal while it was cut off");

    network.restore();
    phone.open("/patient/app/");
    phone.waitUntil(d -> !phone.isPresent(By.cssSelector(".app-pending")));
    phone.waitFor(By.cssSelector(".app-done"));
    assertEquals(1, roundsLoggedFor(patient));
    phone.open("/patient/app/");
    phone.waitFor(By.cssSelector(".app-done"));
    assertEquals(1, roundsLoggedFor(patient), "sent once, however often the app opens");
    assertEquals(List.of(), phone.contentSecurityViolations());

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

  private static int roundsLoggedFor(long patient) throws Exception {
    try (Connection db = DriverManager.getConnection(DB_URL, "postgres", "");
        PreparedStatement query =
            db.prepareStatement("select count(*) from exercise_log where patient_id = ?")) {
      query.setLong(1, patient);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
