package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** People of two clinics sign in through the real EAR on Payara Server, in Chromium. */
class SignInBrowserIT extends BrowserTest {

  private static final By CLINIC_NAME = By.id("clinicName");
  private static final By GREETING = By.id("greeting");
  private static final By CASELOAD = By.id("home:caseload");
  private static final By MESSAGES = By.id("signin:messages");

  @Test
  void aTherapistLandsOnTheirOwnHomePageNamingThemAndTheirClinic() {
    browser.signIn("demo", "therapist", PASSWORD);

    assertEquals("/therapist/index.xhtml", browser.path());
    assertEquals("Welcome, Dana Whitfield", browser.text(GREETING));
    assertEquals("Demo Physio & Chiro", browser.text(CLINIC_NAME));
    String caseload = wholeCaseload();
    assertTrue(caseload.contains("Lee, Jordan"), caseload);
    assertTrue(caseload.contains("Natarajan, Priya"), caseload);
    assertFalse(
        caseload.contains("Chen, Riley"), "another therapist's patient is not in this caseload");
  }

  /**
   * The caseload's rows over all its pages: it shows 15 patients at a time, and other tests add
   * patients to the same therapist in whatever order the classes run.
   */
  private static String wholeCaseload() {
    By next = By.cssSelector("[id='home:caseload'] .ui-paginator-next");
    StringBuilder rows = new StringBuilder(browser.text(CASELOAD));
    while (browser.driver().findElements(next).stream().anyMatch(SignInBrowserIT::pressable)) {
      String shown = browser.text(CASELOAD);
      browser.click(next);
      browser.waitUntil(d -> !browser.text(CASELOAD).equals(shown));
      browser.settle();
      rows.append('\n').append(browser.text(CASELOAD));
    }
    return rows.toString();
  }

  private static boolean pressable(WebElement button) {
    return button.isEnabled()
        && !button.getAttribute("class").contains("ui-state-disabled")
        && !"true".equals(button.getAttribute("aria-disabled"));
  }

  @Test
  void aPatientLandsOnAPatientsPage() {
    browser.signIn("demo", "patient", PASSWORD);

    assertEquals("/patient/index.xhtml", browser.path());
    assertEquals("Hello, Jordan Lee", browser.text(GREETING));
    assertEquals(
        "Your therapist is Dana Whitfield at Demo Physio & Chiro.",
        browser.text(By.id("therapistLine")));
    assertFalse(browser.isPresent(CASELOAD), "a patient sees no caseload");
  }

  @Test
  void aWrongPasswordStaysOnTheSignInPageWithOneNeutralMessage() {
    browser.signIn("demo", "therapist", "Not-the-password-1");

    assertEquals("/signin.xhtml", browser.path());
    assertEquals(
        "The clinic, username or password is not right. Please check them and try again.",
        browser.text(MESSAGES));
  }

  @Test
  void anUnknownClinicGetsTheSameMessageAsAWrongPassword() {
    browser.signIn("no-such-clinic", "therapist", PASSWORD);

    assertEquals("/signin.xhtml", browser.path());
    assertEquals(
        "The clinic, username or password is not right. Please check them and try again.",
        browser.text(MESSAGES));
  }

  @Test
  void theNorthsideTherapistSeesOnlyNorthside() {
    browser.signIn("northside", "therapist", PASSWORD);

    assertEquals("/therapist/index.xhtml", browser.path());
    assertEquals("Welcome, Morgan Blake", browser.text(GREETING));
    assertEquals("Northside Physiotherapy", browser.text(CLINIC_NAME));
    String caseload = browser.text(CASELOAD);
    assertTrue(caseload.contains("Novak, Casey"), caseload);
    for (String demoPatient : new String[] {"Lee", "Chen", "Natarajan", "Kowalski", "Vargas"}) {
      assertFalse(
          browser.pageSource().contains(demoPatient), demoPatient + " belongs to another clinic");
    }
    assertFalse(browser.pageSource().contains("Demo Physio"), "the other clinic is never named");
  }

  @Test
  void theSignInPageKeepsNoSessionAndSignOutEndsTheOneSigningInOpened() {
    browser.signOutEverywhere();
    assertNull(browser.sessionId(), "the sign-in page is shown without a server session");

    browser.signIn("demo", "therapist", PASSWORD);
    assertNotNull(browser.sessionId(), "signing in opens a session");

    browser.driver().findElement(By.id("account:signOut")).click();
    browser.waitFor(By.id("signedOutNotice"));
    assertEquals("/signin.xhtml?signedOut=true", browser.path());
    assertEquals("You have signed out.", browser.text(By.id("signedOutNotice")));

    browser.open("/therapist/index.xhtml");
    assertEquals("/signin.xhtml", browser.path());
  }

  @Test
  void aSearchAfterTheSessionEndedLeadsToSignInSayingWhy() {
    browser.signIn("demo", "therapist2", PASSWORD);
    browser.open("/therapist/patients/index.xhtml");
    browser.driver().manage().deleteCookieNamed("JSESSIONID");

    browser.type(By.id("patients:q"), "lee");
    browser.waitUntil(d -> d.getCurrentUrl().contains("/signin.xhtml"));
    assertEquals(
        "You were signed out after 15 minutes without activity, to keep the records safe."
            + " Sign in again to carry on.",
        browser.text(By.id("signedOutNotice")));

    browser.open("/signin.xhtml");
    assertEquals("", browser.text(By.id("signedOutNotice")), "the reason is given once");
  }

  @Test
  void eachRoleIsKeptToItsOwnPages() {
    browser.signIn("demo", "patient", PASSWORD);
    browser.open("/therapist/index.xhtml");
    assertEquals("Not allowed", browser.text(By.id("errorTitle")));
    assertFalse(browser.isPresent(CASELOAD));

    browser.signIn("demo", "therapist", PASSWORD);
    browser.open("/admin/index.xhtml");
    assertEquals("Not allowed", browser.text(By.id("errorTitle")));
    browser.open("/platform/index.xhtml");
    assertEquals("Not allowed", browser.text(By.id("errorTitle")));
  }

  @Test
  void aClinicAdminAndThePlatformOperatorLandOnTheirOwnPages() {
    browser.signIn("demo", "admin", PASSWORD);
    assertEquals("/admin/index.xhtml", browser.path());
    assertEquals("Administration of Demo Physio & Chiro", browser.text(GREETING));

    browser.signIn("", "platform", PASSWORD);
    assertEquals("/platform/index.xhtml", browser.path());
    String clinics = browser.text(By.id("clinics"));
    assertTrue(
        clinics.contains("Demo Physio & Chiro") && clinics.contains("Northside Physiotherapy"),
        clinics);
  }

  @Test
  void aDeepLinkWithoutSignInLeadsToTheSignInPage() {
    browser.signOutEverywhere();
    browser.open("/patient/index.xhtml");
    assertEquals("/signin.xhtml", browser.path());
  }

  @Test
  void anUnknownAddressShowsThePortalsOwnPageWithoutServerDetails() {
    browser.signIn("demo", "therapist", PASSWORD);
    browser.open("/therapist/no-such-page.xhtml");

    assertEquals("Page not found", browser.text(By.id("errorTitle")));
    String shown = browser.text(By.tagName("body"));
    assertFalse(
        shown.contains("Payara") || shown.contains("Exception") || shown.contains("at org."),
        shown);
  }
}
