package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A therapist registers, finds, edits and audits a patient in Chromium; other clinics cannot get
 * in.
 */
class PatientRecordsBrowserIT extends BrowserTest {

  private static final By CHART_MESSAGES = By.id("chart:messages");
  private static final By SEARCH = By.id("patients:q");
  private static final By TABLE = By.id("patients:table");

  @Test
  void aTherapistCreatesFindsEditsAPatientAndSeesTheChangeInItsHistory() {
    String last = "Quill" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);

    long id = browser.registerPatient("Maren", last, "1990-04-12");
    assertEquals("The patient was registered.", browser.text(CHART_MESSAGES));
    assertEquals(last + ", Maren", browser.text(By.id("patientName")));
    assertEquals(
        "Dana Whitfield", browser.text(By.id("therapist")), "a therapist's new patient is theirs");

    browser.open("/therapist/patients/index.xhtml");
    browser.type(SEARCH, "maren " + last.substring(0, 6).toLowerCase());
    browser.waitUntil(d -> d.findElement(TABLE).getText().contains(last + ", Maren"));
    browser.settle();
    browser.click(By.linkText(last + ", Maren"));
    browser.waitFor(By.id("patientName"));
    assertEquals("/therapist/patients/chart.xhtml?id=" + id, browser.path());

    browser.click(By.id("chart:edit"));
    browser.waitFor(By.id("edit:phone"));
    browser.type(By.id("edit:phone"), "+44 20 7946 0018");
    browser.click(By.id("edit:save"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("chart.xhtml"));
    assertEquals("The changes were saved.", browser.text(CHART_MESSAGES));
    assertEquals("+44 20 7946 0018", browser.text(By.id("phone")));

    browser.openTab("History");
    String history = browser.text(By.id("chart:tabs:events"));
    assertTrue(history.contains("Record changed"), history);
    assertTrue(history.contains("Phone: (empty) → +44 20 7946 0018"), history);
    assertTrue(history.contains("Record created"), history);
    assertTrue(history.contains("Dana Whitfield"), history);
    assertFalse(history.contains("Chart opened"), "reads are kept apart from changes");
    String reads = browser.text(By.id("chart:tabs:reads"));
    assertTrue(reads.contains("Chart opened") && reads.contains("Dana Whitfield"), reads);
  }

  @Test
  void wrongValuesGetAClearMessageEachAndNothingIsSaved() {
    String last = "Faulty" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    browser.open("/therapist/patients/edit.xhtml");

    browser.type(By.id("edit:lastName"), last);
    browser.type(By.id("edit:email"), "not-an-address");
    browser.type(By.id("edit:phone"), "call me");
    browser.typeDate("edit:dateOfBirth", LocalDate.now().plusDays(3).toString());
    browser.click(By.id("edit:save"));
    browser.waitFor(By.cssSelector("[id='edit:firstName'].ui-state-error"));

    String form = browser.text(By.id("edit"));
    assertTrue(form.contains("Enter the first name."), form);
    assertTrue(
        form.contains("The date of birth cannot be in the future or more than 120 years ago."),
        form);
    assertTrue(form.contains("Choose the sex recorded for the patient."), form);
    assertTrue(form.contains("Enter an e-mail address such as name@example.org."), form);
    assertTrue(form.contains("Enter a phone number of 5 to 40 digits"), form);
    assertEquals("/therapist/patients/edit.xhtml", browser.path());

    browser.open("/therapist/patients/index.xhtml?q=" + last);
    assertTrue(browser.text(TABLE).contains("No patient matches."), "nothing was saved");
  }

  @Test
  void theSecondOfTwoTherapistsSavingTheSamePatientIsToldAndCanReload() {
    String last = "Twice" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    long id = browser.registerPatient("Ada", last, "1975-02-20");

    try (Browser colleague = new Browser()) {
      colleague.signIn("demo", "admin", PASSWORD);
      colleague.open("/therapist/patients/edit.xhtml?id=" + id);
      browser.open("/therapist/patients/edit.xhtml?id=" + id);

      browser.type(By.id("edit:phone"), "0101 1111");
      browser.click(By.id("edit:save"));
      browser.waitUntil(d -> d.getCurrentUrl().contains("chart.xhtml"));

      colleague.type(By.id("edit:phone"), "0202 2222");
      colleague.click(By.id("edit:save"));
      colleague.waitFor(By.id("edit:reload"));
      assertTrue(
          colleague
              .text(By.id("edit:messages"))
              .contains("Someone else saved this patient while you were editing."));

      colleague.click(By.id("edit:reload"));
      colleague.waitUntil(d -> d.findElements(By.id("edit:reload")).isEmpty());
      assertEquals(
          "0101 1111", colleague.driver().findElement(By.id("edit:phone")).getAttribute("value"));
    }
    browser.open("/therapist/patients/chart.xhtml?id=" + id);
    assertEquals("0101 1111", browser.text(By.id("phone")), "the first save was not overwritten");
  }

  @Test
  void archivingTakesAPatientOutOfTheListUntilRestored() {
    String last = "Archive" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    long id = browser.registerPatient("Noor", last, "1968-11-02");

    browser.click(By.id("chart:archive"));
    browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitFor(By.id("chart:restore"));
    assertEquals("The patient was archived.", browser.text(CHART_MESSAGES));

    browser.open("/therapist/patients/index.xhtml?q=" + last);
    assertTrue(browser.text(TABLE).contains("No patient matches."));
    browser.click(By.cssSelector("[id='patients:archived'] .ui-chkbox-box"));
    browser.waitUntil(d -> d.findElement(TABLE).getText().contains(last + ", Noor"));

    browser.open("/therapist/patients/chart.xhtml?id=" + id);
    browser.click(By.id("chart:restore"));
    browser.waitFor(By.id("chart:archive"));
    browser.open("/therapist/patients/index.xhtml?q=" + last);
    assertTrue(browser.text(TABLE).contains(last + ", Noor"));
  }

  @Test
  void anotherClinicsTherapistCannotOpenThePatientByUrl() {
    browser.signIn("demo", "therapist", PASSWORD);
    long id = browser.registerPatient("Ivo", "Private" + suffix(), "1982-08-08");

    browser.signIn("northside", "therapist", PASSWORD);
    for (String page : new String[] {"chart", "edit"}) {
      browser.open("/therapist/patients/" + page + ".xhtml?id=" + id);
      assertEquals("Page not found", browser.text(By.id("errorTitle")));
      assertFalse(browser.pageSource().contains("Ivo"), "nothing of the patient is shown");
    }
    browser.open("/therapist/patients/chart.xhtml?id=not-a-number");
    assertEquals("Page not found", browser.text(By.id("errorTitle")));

    browser.signIn("demo", "patient", PASSWORD);
    browser.open("/therapist/patients/chart.xhtml?id=" + id);
    assertEquals("Not allowed", browser.text(By.id("errorTitle")));
  }

  @Test
  void aPatientGivenPortalAccessChoosesTheirOwnPasswordAndCanBeLockedOut() {
    String last = "Access" + suffix();
    String username = last.toLowerCase();
    browser.signIn("demo", "therapist", PASSWORD);
    long id = browser.registerPatient("Lena", last, "1993-06-30");

    browser.type(By.id("chart:tabs:username"), username);
    browser.click(By.id("chart:tabs:openAccess"));
    browser.waitFor(By.id("issuedPassword"));
    assertEquals("demo", browser.text(By.id("issuedClinic")));
    assertEquals(username, browser.text(By.id("issuedUsername")));
    String oneTime = browser.text(By.id("issuedPassword"));

    browser.signIn("demo", username, oneTime);
    assertEquals("/account/password.xhtml", browser.path());
    browser.open("/patient/index.xhtml");
    assertEquals(
        "/account/password.xhtml", browser.path(), "no other page until the password is chosen");

    browser.chooseOwnPassword(oneTime, "Lantern-Harbour-91");
    browser.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
    assertEquals("Hello, Lena " + last, browser.text(By.id("greeting")));

    browser.signIn("demo", "therapist", PASSWORD);
    browser.open("/therapist/patients/chart.xhtml?id=" + id);
    browser.click(By.id("chart:tabs:disableAccess"));
    browser.waitFor(By.id("chart:tabs:enableAccess"));
    assertTrue(browser.text(By.id("accountStatus")).startsWith("Disabled"));

    browser.signIn("demo", username, "Lantern-Harbour-91");
    assertEquals("/signin.xhtml", browser.path(), "a disabled account cannot sign in");
  }

  /**
   * Registers a patient through the form and returns the new record's id, leaving the browser on
   * its chart.
   */
}
