package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import org.clinicportal.exercise.BuiltInExercise;
import org.clinicportal.platform.Language;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A patient reads the portal in the language their therapist registered for them or that they chose
 * themselves: a Ukrainian-speaking patient's today page, journal and safety instruction are in
 * Ukrainian (and so is the offline app), and a Polish patient's handout prints their name and every
 * exercise in Polish. The expected words come from the portal's own bundles, so the test holds
 * whatever the translators choose. A therapist, too, may read their own pages in a language other
 * than the clinic's.
 */
class LanguagesBrowserIT extends BrowserTest {

  private static final String PATIENT_PASSWORD = "Lantern-Harbour-91";

  @Test
  void aUkrainianSpeakingPatientReadsTodayTheJournalAndTheSafetyInstructionInUkrainian() {
    String username = "olena" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    Browser.PatientWithProgram patient =
        registerWithProgram("Олена", "Коваленко", username, "Українська");
    Properties words = words(Language.UKRAINIAN);

    try (Browser phone = new Browser(360, 740)) {
      phone.signIn("demo", patient.username(), patient.oneTimePassword());
      phone.chooseOwnPassword(patient.oneTimePassword(), PATIENT_PASSWORD);
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      assertEquals("uk", phone.driver().findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals(words.getProperty("care.nav.today"), phone.text(By.id("navToday")));
      String today = phone.text(By.cssSelector("#exercise-0"));
      assertTrue(
          Arrays.stream(BuiltInExercise.values())
              .map(exercise -> exercise.textIn(Language.UKRAINIAN).name())
              .anyMatch(today::contains),
          "the first exercise is named in Ukrainian: " + today);

      phone.click(By.id("navJournal"));
      phone.waitFor(By.id("journal:painBefore"));
      assertTrue(
          phone.pageSource().contains(words.getProperty("care.safety.saddle")),
          "the saddle question in Ukrainian");
      phone.type(By.id("journal:painBefore"), "4");
      phone.type(By.id("journal:painAfter"), "4");
      phone.type(By.id("journal:effort"), "3");
      phone.chooseRadio("journal:saddle", words.getProperty("care.yes"));
      phone.chooseRadio("journal:bladder", words.getProperty("care.no"));
      phone.chooseRadio("journal:weakness", words.getProperty("care.no"));
      phone.chooseRadio("journal:fever", words.getProperty("care.no"));
      phone.click(By.id("journal:save"));
      phone.waitFor(By.id("journal:urgentCare"));
      String urgent = phone.text(By.id("journal:urgentCare"));
      assertTrue(urgent.contains(words.getProperty("care.urgent.title")), urgent);
      assertTrue(urgent.contains(words.getProperty("care.urgent.text")), urgent);

      phone.open("/patient/app/");
      phone.waitUntil(d -> "uk".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      assertEquals(words.getProperty("app.title"), phone.text(By.cssSelector(".app-name")));
      assertEquals(words.getProperty("app.allPages"), phone.text(By.cssSelector(".app-full")));
    }
  }

  @Test
  void aPolishPatientsHandoutPrintsTheirNameAndEveryExerciseInPolish() throws Exception {
    String username = "lukasz" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    registerWithProgram("Łukasz", "Żółkiewski", username, "Polski");
    String handout = pdfText(handoutOnThisPage());

    assertTrue(handout.contains("Łukasz Żółkiewski"), handout);
    int named = 0;
    for (BuiltInExercise exercise : BuiltInExercise.values()) {
      String english = exercise.textIn(Language.ENGLISH).name();
      String polish = exercise.textIn(Language.POLISH).name();
      if (handout.contains(polish)) {
        named++;
      }
      if (!polish.equals(english)) {
        assertFalse(handout.contains(english), english + " is printed in English");
      }
    }
    assertTrue(named >= 3, named + " exercises named in Polish in " + handout);
  }

  @Test
  void aPatientChoosesTheirLanguageAndThePagesFollow() {
    browser.signIn("demo", "therapist", PASSWORD);
    Browser.PatientWithProgram patient =
        browser.registerPatientWithProgram("Rahel", "Spanishchoice" + suffix(), "1981-05-05");

    try (Browser phone = new Browser(360, 740)) {
      phone.signIn("demo", patient.username(), patient.oneTimePassword());
      phone.chooseOwnPassword(patient.oneTimePassword(), PATIENT_PASSWORD);
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      assertEquals("en", phone.driver().findElement(By.tagName("html")).getAttribute("lang"));
      phone.click(By.id("account:languageLink"));
      phone.waitFor(By.id("language:chosen"));
      phone.chooseRadio("language:chosen", "Español");
      phone.click(By.id("language:save"));
      phone.waitUntil(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      assertEquals(
          words(Language.SPANISH).getProperty("language.saved"),
          phone.text(By.cssSelector("[id='language:messages']")));
      phone.click(By.id("navToday"));
      phone.waitFor(By.id("navJournal"));
      assertEquals(
          words(Language.SPANISH).getProperty("care.nav.journal"), phone.text(By.id("navJournal")));
    }
  }

  @Test
  void aTherapistReadsTheirOwnPagesInTheLanguageTheyChose() {
    String username = "lengua" + suffix();
    browser.signIn("demo", "admin", PASSWORD);
    browser.open("/admin/staff.xhtml");
    browser.type(By.id("staff:displayName"), "Inés Castro");
    browser.type(By.id("staff:username"), username);
    browser.choose("staff:profession", "Physical therapist");
    browser.type(By.id("staff:licence"), "PH-" + username.toUpperCase());
    browser.click(By.id("staff:add"));
    browser.waitFor(By.id("issuedPassword"));
    String oneTime = browser.text(By.id("issuedPassword"));
    Properties spanish = words(Language.SPANISH);

    browser.signIn("demo", username, oneTime);
    browser.chooseOwnPassword(oneTime, PATIENT_PASSWORD);
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/index.xhtml"));
    assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    browser.click(By.id("account:languageLink"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/account/language.xhtml"));
    browser.chooseRadio("language:chosen", "Español");
    browser.click(By.id("language:save"));
    browser.waitUntil(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertEquals(
        spanish.getProperty("language.saved"),
        browser.text(By.cssSelector("[id='language:messages']")));

    browser.signIn("demo", username, PATIENT_PASSWORD);
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/index.xhtml"));
    assertEquals(
        "es",
        browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
        "the choice outlives the session");
    assertTrue(
        browser.driver().getTitle().contains(spanish.getProperty("therapist.home.title")),
        browser.driver().getTitle());

    browser.signIn("demo", "therapist", PASSWORD);
    assertEquals(
        "en",
        browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
        "a colleague still reads the clinic's language");
  }

  /**
   * Registers a patient, gives them their language on the edit form, opens their access under
   * {@code username} and assigns the suggested program; the browser ends on the program's page.
   */
  private static Browser.PatientWithProgram registerWithProgram(
      String first, String last, String username, String language) {
    long patient = browser.registerPatient(first, last, "1979-03-02");
    browser.open("/therapist/patients/edit.xhtml?id=" + patient);
    browser.waitFor(By.id("edit:language"));
    browser.choose("edit:language", language);
    browser.click(By.id("edit:save"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("chart.xhtml?id="));
    browser.type(By.id("chart:tabs:username"), username);
    browser.click(By.id("chart:tabs:openAccess"));
    browser.waitFor(By.id("issuedPassword"));
    String oneTime = browser.text(By.id("issuedPassword"));
    browser.openTab("Home program");
    browser.click(By.id("chart:tabs:suggestProgram"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/edit.xhtml"));
    browser.click(By.id("program:assign"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/view.xhtml"));
    return new Browser.PatientWithProgram(patient, username, oneTime);
  }

  /** The handout the program page links to, fetched with the page's own session. */
  private static byte[] handoutOnThisPage() {
    String link =
        browser
            .driver()
            .findElement(By.cssSelector("a[href*='program-handout']"))
            .getAttribute("href");
    String base64 =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                        + "  var s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));"
                        + "  done(btoa(s)); });",
                    link);
    return Base64.getDecoder().decode(base64);
  }

  private static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("\\s+", " ");
  }

  /** The words of the patient's pages in a language, as the web module holds them. */
  private static Properties words(Language language) {
    Path bundle =
        Path.of("../portal-web/src/main/resources/org/clinicportal/web")
            .resolve("messages_" + language.tag() + ".properties");
    Properties words = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      words.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
