package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * From a signed quadratus lumborum assessment a therapist accepts the suggested home program,
 * adjusts one dosage, keeps it as a template, assigns it and downloads the handout.
 */
class ProgramBrowserIT extends BrowserTest {

  private static final By MESSAGES = By.id("program:messages");

  @Test
  void theSuggestionFromASignedAssessmentIsAdjustedAndAssigned() {
    browser.signIn("demo", "therapist", PASSWORD);
    long patient = browser.registerPatient("Alex", "Program" + suffix(), "1983-02-14");
    signQuadratusLumborumAssessment();

    browser.open("/therapist/patients/chart.xhtml?id=" + patient);
    browser.openTab("Home program");
    browser.click(By.id("chart:tabs:suggestProgram"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/edit.xhtml"));
    String plan = browser.text(By.id("program:items"));
    assertTrue(plan.contains("Quadratus lumborum self-release with a release tool"), plan);
    assertTrue(plan.contains("Standing side-bend stretch"), plan);
    assertTrue(plan.contains("Suitcase carry"), plan);
    String row = rowOf("Quadratus lumborum self-release with a release tool");
    assertEquals(
        "1 set of 4, hold 45 seconds, right side, twice a day, every day",
        browser.text(By.id("plain" + row)));

    browser.type(By.id("program:rows:" + row + ":sets"), "0");
    browser.click(By.id("program:save"));
    browser.waitUntil(
        d -> d.findElement(MESSAGES).getText().contains("Sets are a whole number from 1 to 10."));

    browser.type(By.id("program:rows:" + row + ":sets"), "2");
    browser.type(By.id("program:rows:" + row + ":timesPerDay"), "3");
    browser.click(By.id("program:save"));
    browser.waitUntil(d -> d.findElement(MESSAGES).getText().contains("The draft was saved."));
    assertEquals(
        "2 sets of 4, hold 45 seconds, right side, 3 times a day, every day",
        browser.text(By.id("plain" + row)));

    String template = "QL release and core " + suffix();
    browser.type(By.id("program:templateName"), template);
    browser.click(By.id("program:saveTemplate"));
    browser.waitUntil(
        d -> d.findElement(MESSAGES).getText().contains("saved as the template “" + template));

    browser.click(By.id("program:assign"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/view.xhtml"));
    assertTrue(browser.text(By.id("view:messages")).contains("The program was assigned"));
    assertTrue(browser.text(By.id("programStatus")).contains("Active"));
    String program = browser.pageSource();
    assertTrue(
        program.contains("2 sets of 4, hold 45 seconds, right side, 3 times a day, every day"));

    String handout =
        pdfText(
            browser.download(
                browser
                    .driver()
                    .findElement(By.cssSelector("a[href*='program-handout']"))
                    .getAttribute("href")));
    assertTrue(handout.contains("Demo Physio & Chiro"), handout);
    assertTrue(handout.contains("For Alex Program"), handout);
    assertTrue(handout.contains("Quadratus lumborum self-release with a release tool"), handout);
    assertTrue(
        handout.contains("2 sets of 4, hold 45 seconds, right side, 3 times a day"), handout);
    assertTrue(handout.contains("Suitcase carry"), handout);

    browser.click(By.cssSelector("a[href*='tab=program']"));
    browser.waitUntil(
        d -> d.getCurrentUrl().contains("chart.xhtml?id=" + patient + "&tab=program"));
    String versions = browser.text(By.id("chart:tabs:programVersions"));
    assertTrue(versions.contains("Active"), versions);
    assertFalse(browser.isPresent(By.id("chart:tabs:facts")), "the details are not sent");
  }

  private static String pdfText(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append(' ');
      }
      return text.toString().replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void signQuadratusLumborumAssessment() {
    browser.openTab("Assessments");
    browser.click(By.id("chart:tabs:newAssessment"));
    browser.waitFor(By.id("assessment:painLocation"));
    browser.type(By.id("assessment:painLocation"), "Right low back");
    browser.press("assessment:onsetCause", "Posture");
    browser.press("assessment:painNow", "5");
    browser.press("assessment:painWorst", "7");
    browser.click(By.id("assessment:noOtherRedFlags"));
    browser.waitUntil(
        d -> d.findElements(By.cssSelector("[id$=':flag'] .ui-state-active")).size() == 12);
    browser.chooseRadio("assessment:palpation", "A knot deep in the muscle");
    browser.click(By.id("assessment:addPoint"));
    browser.waitFor(By.id("assessment:pointRows:0:muscle"));
    browser.choose("assessment:pointRows:0:muscle", "Quadratus lumborum");
    browser.press("assessment:pointRows:0:side", "Right");
    browser.tick("assessment:pointRows:0:tautBand");
    browser.tick("assessment:pointRows:0:hypersensitiveSpot");
    browser.tick("assessment:pointRows:0:referredPain");
    browser.tick("assessment:pointRows:0:familiarPain");
    browser.type(By.id("assessment:pointRows:0:referredTo"), "Outer hip");
    browser.click(By.id("assessment:sign"));
    browser.confirm();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/assessments/view.xhtml"));
  }

  /**
   * The index of the plan's row for an exercise: the clinic's own exercises that other tests add to
   * the library sort among the built-in ones, so a row's place is read, not assumed.
   */
  private String rowOf(String exercise) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//fieldset[legend[contains(normalize-space(.), '"
                    + exercise
                    + "')]]//p[starts-with(@id, 'plain')]"))
        .getAttribute("id")
        .substring("plain".length());
  }
}
