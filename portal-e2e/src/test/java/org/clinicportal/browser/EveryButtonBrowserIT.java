package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A patient on a phone, a therapist and a clinic administrator press every enabled, visible button,
 * link and command of their pages, forms empty as they come, and none ends on an error page, with a
 * stack trace, a server error, a script error or a Content Security Policy violation; a crawl of a
 * page whose form was tampered with so the server fails does report it, and so does a crawl whose
 * links were changed to a record that is not there, so the crawls cannot pass by finding nothing
 * wrong where something is.
 *
 * <p>Each crawl works on records it made itself: the therapist's on two patients it registers (one
 * archived and restored, its access disabled and enabled; the other asked for access with no
 * username) and on an exercise it hides and shows again, the patient's on a new patient's own plan,
 * the administrator's on a staff member it adds (deactivated and reactivated). The patient's
 * program is reviewed in two days, so that the review's questionnaire is open and its page crawled
 * too. Demo accounts are never reset or deactivated, and other patients' records are only looked
 * at.
 */
class EveryButtonBrowserIT extends BrowserTest {

  private static final String PATIENT_PASSWORD = "Lantern-Harbour-91";

  private static Browser crawling;

  @BeforeAll
  static void startCrawlingBrowser() {
    crawling = new Browser(1280, 900, true);
  }

  @AfterAll
  static void closeCrawlingBrowser() {
    crawling.close();
  }

  @Test
  void aPatientOnAPhonePressesEveryButtonWithoutAnError() {
    String last = "Crawlpatient" + suffix();
    String username = last.toLowerCase();
    browser.signIn("demo", "therapist", PASSWORD);
    browser.registerPatient("Robin", last, "1979-06-21");
    String oneTime = openAccess(username);
    browser.openTab("Home program");
    browser.click(By.id("chart:tabs:suggestProgram"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/edit.xhtml"));
    browser.settle();
    String review = LocalDate.now().plusDays(2).toString();
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('program:reviewOn_input').value = arguments[0];", review);
    assertEquals(
        review,
        browser.driver().findElement(By.id("program:reviewOn_input")).getAttribute("value"));
    browser.click(By.id("program:assign"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/view.xhtml"));

    try (Browser phone = new Browser(360, 740, true)) {
      phone.signIn("demo", username, oneTime);
      phone.chooseOwnPassword(oneTime, PATIENT_PASSWORD);
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      Crawler crawler =
          new Crawler(phone, "patient", () -> phone.signIn("demo", username, PATIENT_PASSWORD))
              .startingAt("/patient/index.xhtml", "/account/password.xhtml")
              .coveringPagesIn("/patient")
              .pressingLast("Mark done");
      assertCrawled(crawler.signOut(crawler.crawl()), 15);
    }
  }

  @Test
  void aTherapistPressesEveryButtonWithoutAnError() {
    String last = "Crawltherapist" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    long withoutAccess = browser.registerPatient("Kim", last, "1991-04-08");
    long patient = browser.registerPatient("Sasha", last, "1990-11-02");
    openAccess(last.toLowerCase());

    Crawler crawler =
        new Crawler(crawling, "therapist", () -> crawling.signIn("demo", "therapist", PASSWORD))
            .startingAt(
                "/therapist/index.xhtml",
                "/therapist/patients/chart.xhtml?id=" + patient,
                "/therapist/patients/chart.xhtml?id=" + withoutAccess,
                "/account/password.xhtml")
            .coveringPagesIn("/therapist", "/therapist/assessments/view.xhtml")
            .readOnlyUnless(
                "\\?id=",
                last,
                "another patient's record: the crawl changes only the patient it registered")
            .skippingLabel("Print", "opens the browser's print dialog, which nothing closes")
            .undoing("Archive", "Restore")
            .undoing("Disable account", "Enable account")
            .undoing(
                "Hide",
                "Show again",
                page -> {
                  page.tick("library:includeHidden");
                  page.click(By.id("library:search"));
                })
            .pressingLast("Sign", "Discard draft", "Assign to the patient");
    assertCrawled(crawler.signOut(crawler.crawl()), 60);
  }

  @Test
  void aClinicAdministratorPressesEveryButtonWithoutAnError() {
    String username = "crawlstaff" + suffix();
    browser.signIn("demo", "admin", PASSWORD);
    browser.open("/admin/staff.xhtml");
    browser.type(By.id("staff:displayName"), "Crawl Staff");
    browser.type(By.id("staff:username"), username);
    browser.choose("staff:profession", "Chiropractor");
    browser.click(By.id("staff:add"));
    browser.waitFor(By.id("issuedPassword"));

    Crawler crawler =
        new Crawler(
                crawling, "clinic administrator", () -> crawling.signIn("demo", "admin", PASSWORD))
            .startingAt("/admin/index.xhtml", "/account/password.xhtml")
            .coveringPagesIn("/admin")
            .skipping(
                "/admin/staff",
                pressable -> !pressable.row().isEmpty() && !pressable.rowText().contains(username),
                "another member's account: demo accounts and other tests' accounts are never reset"
                    + " or deactivated; the crawl presses these on the member it added")
            .readOnlyUnless(
                "\\?id=",
                null,
                "a patient's record: the therapist's crawl presses these on its own")
            .undoing("Deactivate", "Reactivate");
    assertCrawled(crawler.signOut(crawler.crawl()), 15);
  }

  @Test
  void aPressThatEndsOnTheErrorPageIsReported() {
    Crawler.Report report =
        crawlTamperedChart(
            "tampered chart",
            crawler ->
                crawler
                    .skipping(
                        ".*", pressable -> pressable.kind().equals("link"), "links send no form")
                    .beforeEachPress(
                        page ->
                            ((JavascriptExecutor) page.driver())
                                .executeScript(
                                    "document.querySelectorAll(\"input[name$='_activeIndex']\")"
                                        + ".forEach(function (i) { i.value = 'not-a-tab'; });")));
    assertTrue(
        report.failures().stream().anyMatch(failure -> failure.problem().contains("error page")),
        report.details());
  }

  @Test
  void aLinkThatEndsBadlyIsReported() {
    Crawler.Report report =
        crawlTamperedChart(
            "tampered links",
            crawler ->
                crawler
                    .skipping(
                        ".*", pressable -> !pressable.kind().equals("link"), "only links are tried")
                    .changingLinks(href -> href.replaceAll("id=\\d+", "id=0")));
    assertTrue(
        report.failures().stream()
            .anyMatch(
                failure ->
                    failure.problem().startsWith("answered 404")
                        || failure.problem().startsWith("error page")),
        report.details());
  }

  /**
   * Crawls the chart of a patient the therapist registers, its links not followed, changed by
   * {@code tampering} and stopping at the first failure.
   */
  private static Crawler.Report crawlTamperedChart(String name, UnaryOperator<Crawler> tampering) {
    browser.signIn("demo", "therapist", PASSWORD);
    long patient = browser.registerPatient("Tamper", "Crawlproof" + suffix(), "1985-01-15");
    Crawler crawler =
        new Crawler(crawling, name, () -> crawling.signIn("demo", "therapist", PASSWORD))
            .startingAt("/therapist/patients/chart.xhtml?id=" + patient)
            .notFollowingLinks()
            .stoppingAtFirstFailure();
    Crawler.Report report = tampering.apply(crawler).crawl();
    System.out.println(report.details());
    return report;
  }

  /** Opens portal access on the chart the browser shows; the one-time password. */
  private static String openAccess(String username) {
    browser.type(By.id("chart:tabs:username"), username);
    browser.click(By.id("chart:tabs:openAccess"));
    browser.waitFor(By.id("issuedPassword"));
    return browser.text(By.id("issuedPassword"));
  }

  private static void assertCrawled(Crawler.Report report, int fewestPresses) {
    System.out.println(report.details());
    assertEquals(List.of(), report.failures(), report.details());
    assertTrue(
        report.presses() >= fewestPresses,
        "only " + report.presses() + " presses: the crawl did not find the pages' buttons");
    assertEquals(java.util.Set.of(), report.pagesNotReached(), report.details());
  }
}
