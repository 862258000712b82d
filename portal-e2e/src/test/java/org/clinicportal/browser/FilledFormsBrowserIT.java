package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The main form of each role filled with valid values and sent, and what the page then shows: a
 * therapist registers a patient with every detail and assigns the suggested program, the patient
 * writes a journal entry on a phone, and a clinic administrator adds a physical therapist.
 */
class FilledFormsBrowserIT extends BrowserTest {

  @Test
  void aTherapistRegistersAPatientWithEveryDetailAndAssignsAProgram() {
    String last = "Filled" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    browser.open("/therapist/patients/index.xhtml");
    browser.click(By.id("newPatient"));
    browser.waitFor(By.id("edit:firstName"));
    browser.type(By.id("edit:firstName"), "Ines");
    browser.type(By.id("edit:lastName"), last);
    browser.typeDate("edit:dateOfBirth", "1975-09-30");
    browser.choose("edit:sex", "Female");
    browser.type(By.id("edit:email"), "ines." + last.toLowerCase() + "@example.org");
    browser.type(By.id("edit:phone"), "+44 113 496 0123");
    browser.type(By.id("edit:address"), "4 Mill Lane, Leeds");
    browser.type(By.id("edit:emergencyName"), "Paulo " + last);
    browser.type(By.id("edit:emergencyPhone"), "+44 113 496 0456");
    browser.type(By.id("edit:referral"), "General practitioner");
    browser.typeDate("edit:consent", "2026-01-05");
    browser.click(By.id("edit:save"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("chart.xhtml?id="));

    assertEquals("The patient was registered.", browser.text(By.id("chart:messages")));
    assertEquals(last + ", Ines", browser.text(By.id("patientName")));
    assertEquals("1975-09-30", browser.text(By.id("dateOfBirth")));
    assertEquals("ines." + last.toLowerCase() + "@example.org", browser.text(By.id("email")));
    assertEquals("+44 113 496 0123", browser.text(By.id("phone")));
    assertEquals("2026-01-05", browser.text(By.id("consent")));
    String facts = browser.text(By.id("facts"));
    assertTrue(facts.contains("4 Mill Lane, Leeds"), facts);
    assertTrue(facts.contains("Paulo " + last + " +44 113 496 0456"), facts);
    assertTrue(facts.contains("General practitioner"), facts);

    browser.openTab("Home program");
    browser.click(By.id("chart:tabs:suggestProgram"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/edit.xhtml"));
    browser.type(By.id("program:rows:0:sets"), "3");
    browser.click(By.id("program:save"));
    browser.waitUntil(d -> d.findElement(By.id("plain0")).getText().startsWith("3 sets of"));
    browser.waitUntil(
        d -> d.findElement(By.id("program:messages")).getText().contains("The draft was saved."));
    browser.click(By.id("program:assign"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/view.xhtml"));
    assertTrue(browser.text(By.id("view:messages")).contains("The program was assigned"));
    assertTrue(browser.text(By.id("programStatus")).contains("Active"));
    assertTrue(browser.pageSource().contains("3 sets of"), "the changed dosage was assigned");
  }

  @Test
  void aPatientOnAPhoneWritesAJournalEntry() {
    String last = "Journal" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    browser.registerPatient("Omar", last, "1992-05-17");
    browser.type(By.id("chart:tabs:username"), last.toLowerCase());
    browser.click(By.id("chart:tabs:openAccess"));
    browser.waitFor(By.id("issuedPassword"));
    String oneTime = browser.text(By.id("issuedPassword"));

    try (Browser phone = new Browser(360, 740)) {
      phone.signIn("demo", last.toLowerCase(), oneTime);
      phone.chooseOwnPassword(oneTime, "Lantern-Harbour-91");
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      phone.open("/patient/journal.xhtml");
      phone.type(By.id("journal:painBefore"), "6");
      phone.type(By.id("journal:painAfter"), "4");
      phone.type(By.id("journal:effort"), "5");
      phone.type(By.id("journal:note"), "Stairs were easier after the stretches");
      for (String question : new String[] {"saddle", "bladder", "weakness", "fever"}) {
        phone.chooseRadio("journal:" + question, "No");
      }
      phone.click(By.id("journal:save"));
      phone.waitFor(By.id("savedLine"));

      assertEquals("Your entry is saved.", phone.text(By.id("savedLine")));
      String entries = phone.text(By.id("journal:entries"));
      assertTrue(entries.contains("6 → 4"), entries);
      assertTrue(entries.contains("Stairs were easier after the stretches"), entries);
      phone.click(By.id("journal:another"));
      phone.waitFor(By.id("journal:painBefore"));
      assertEquals(java.util.List.of(), phone.contentSecurityViolations());
    }
  }

  @Test
  void aClinicAdministratorAddsAPhysicalTherapist() {
    String username = "filled" + suffix();
    browser.signIn("demo", "admin", PASSWORD);
    browser.open("/admin/staff.xhtml");
    browser.type(By.id("staff:displayName"), "Mira Okafor");
    browser.type(By.id("staff:username"), username);
    browser.choose("staff:profession", "Physical therapist");
    browser.type(By.id("staff:licence"), "PH-" + username.toUpperCase());
    browser.click(By.id("staff:add"));
    browser.waitFor(By.id("issuedPassword"));

    assertEquals(username, browser.text(By.id("issuedUsername")));
    assertEquals("demo", browser.text(By.id("issuedClinic")));
    assertTrue(!browser.text(By.id("issuedPassword")).isEmpty());
    String row = browser.text(By.xpath("//tr[td[normalize-space(text())='" + username + "']]"));
    assertTrue(row.contains("Mira Okafor"), row);
    assertTrue(row.contains("Physical therapist"), row);
    assertTrue(row.contains("Active"), row);
  }
}
