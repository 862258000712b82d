package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A therapist walks a full trigger-point assessment of a quadratus lumborum case in Chromium, signs
 * it and sees it on the chart; red flags hold a program back until a clearance is recorded.
 */
class AssessmentBrowserIT extends BrowserTest {

  private static final By MESSAGES = By.id("assessment:messages");

  @Test
  void aQuadratusLumborumCaseIsAssessedSignedAndShownOnTheChart() {
    browser.signIn("demo", "therapist", PASSWORD);
    long patient = browser.registerPatient("Rowan", "Lumbar" + suffix(), "1979-03-08");
    startAssessment();

    browser.type(By.id("assessment:painLocation"), "Right low back, just above the hip");
    browser.press("assessment:onsetCause", "Strain");
    browser.press("assessment:painNow", "6");
    browser.press("assessment:painWorst", "8");
    browser.click(By.id("assessment:noOtherRedFlags"));
    browser.waitUntil(
        d -> d.findElements(By.cssSelector("[id$=':flag'] .ui-state-active")).size() == 12);
    browser.chooseRadio("assessment:palpation", "A knot deep in the muscle");

    browser.click(By.id("assessment:addPoint"));
    browser.waitFor(By.id("assessment:pointRows:0:muscle"));
    browser.choose("assessment:pointRows:0:muscle", "Quadratus lumborum");
    browser.waitUntil(
        d ->
            d.findElement(By.id("assessment:pointRows:0:pattern"))
                .getText()
                .contains("greater trochanter"));
    browser.tick("assessment:pointRows:0:deepMedial");
    browser.press("assessment:pointRows:0:side", "Right");
    browser.tick("assessment:pointRows:0:tautBand");
    browser.tick("assessment:pointRows:0:hypersensitiveSpot");
    browser.tick("assessment:pointRows:0:referredPain");
    browser.waitUntil(d -> classification(0).equals("Latent trigger point"));
    browser.tick("assessment:pointRows:0:familiarPain");
    browser.waitUntil(d -> classification(0).equals("Active trigger point"));
    browser.tick("assessment:pointRows:0:jumpSign");
    browser.type(By.id("assessment:pointRows:0:referredTo"), "Right buttock and outer hip");

    browser.click(By.cssSelector("svg.portal-bodychart-editable"));
    browser.waitUntil(d -> marks() == 1);
    browser.choose("assessment:markSite", "Quadratus lumborum, right");
    browser.click(By.id("assessment:addMark"));
    browser.waitUntil(d -> marks() == 2);
    assertTrue(
        browser.text(By.id("marks")).contains("Trigger point · Quadratus lumborum, right"),
        browser.text(By.id("marks")));

    browser.type(By.id("assessment:motionRows:0:degrees"), "40");
    browser.tick("assessment:motionRows:0:painful");
    int[] oswestry = {3, 1, 3, 1, 2, 2, 2, 1, 2, 2};
    for (int section = 0; section < oswestry.length; section++) {
      browser.press(
          "assessment:oswestryRows:" + section + ":score", String.valueOf(oswestry[section]));
    }
    browser.waitUntil(
        d -> d.findElement(By.id("assessment:oswestryTotal")).getText().contains("38 %"));
    browser.type(By.id("assessment:activityRows:0:activityName"), "Sitting through a meeting");
    browser.type(By.id("assessment:activityRows:0:activityRating"), "4");

    browser.click(By.id("assessment:save"));
    browser.waitUntil(d -> d.findElement(MESSAGES).getText().contains("The draft was saved."));

    browser.click(By.id("assessment:sign"));
    browser.confirm();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/assessments/view.xhtml"));
    assertEquals("The assessment was signed.", browser.text(By.id("report:messages")));
    assertTrue(browser.text(By.id("status")).startsWith("Signed"), browser.text(By.id("status")));
    assertEquals("6", browser.text(By.id("painNow")));
    String points = browser.text(By.id("report:points"));
    assertTrue(points.contains("Quadratus lumborum · deep medial"), points);
    assertTrue(points.contains("Active trigger point"), points);
    assertTrue(points.contains("Referred pain: Right buttock and outer hip"), points);
    assertTrue(
        browser
            .text(By.id("oswestryScore"))
            .startsWith("Oswestry index 38 % (moderate disability)"));
    assertEquals(
        2, browser.driver().findElements(By.cssSelector("svg.portal-bodychart circle")).size());
    assertTrue(browser.text(By.id("noReview")).contains("a home program may start"));

    browser.open("/therapist/patients/chart.xhtml?id=" + patient);
    browser.openTab("Assessments");
    String list = browser.text(By.id("chart:tabs:assessmentList"));
    assertTrue(list.contains("Signed"), list);
    assertTrue(list.contains("6 / 8"), list);
    assertTrue(list.contains("38 %"), list);

    browser.click(By.id("chart:tabs:assessmentList:0:openAssessment"));
    browser.waitFor(By.id("report:amendReason"));
    browser.type(By.id("report:amendReason"), "Side and worst pain were misheard");
    browser.click(By.id("report:startAmendment"));
    browser.waitFor(By.id("assessment:pointRows:0:side"));
    browser.press("assessment:painWorst", "9");
    browser.press("assessment:pointRows:0:side", "Left");
    browser.untick("assessment:pointRows:0:jumpSign");
    browser.click(By.id("assessment:sign"));
    browser.confirm();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/assessments/view.xhtml"));
    String changes = browser.text(By.id("amendmentChanges"));
    assertTrue(changes.contains("Worst pain in the last 24 hours (0-10): 8 \u2192 9"), changes);
    assertTrue(changes.contains("Point 1: Side: Right \u2192 Left"), changes);
    assertTrue(
        changes.contains(
            "Point 1: Findings: deep medial, Taut band, Hypersensitive spot in the band, Referred"
                + " pain, Jump sign, Reproduces the familiar pain \u2192 deep medial, Taut band,"
                + " Hypersensitive spot in the band, Referred pain, Reproduces the familiar pain"),
        changes);
    assertFalse(changes.contains("RIGHT"), changes);
  }

  @Test
  void wrongAnswersAreNamedAndASignedAssessmentCannotBeEdited() {
    browser.signIn("demo", "therapist", PASSWORD);
    long patient = browser.registerPatient("Sasha", "Gaps" + suffix(), "1985-06-30");
    startAssessment();

    browser.type(By.id("assessment:activityRows:0:activityName"), "Gardening");
    browser.type(By.id("assessment:activityRows:0:activityRating"), "11");
    browser.click(By.id("assessment:addPoint"));
    browser.waitFor(By.id("assessment:pointRows:0:muscle"));
    browser.tick("assessment:pointRows:0:referredPain");
    browser.click(By.id("assessment:sign"));
    browser.confirm();
    browser.waitUntil(
        d -> d.findElement(By.id("assessment")).getText().contains("to 10 (as before"));
    assertEquals("/therapist/assessments/edit.xhtml", browser.path().replaceAll("\\?.*", ""));

    browser.type(By.id("assessment:activityRows:0:activityRating"), "5");
    browser.click(By.id("assessment:sign"));
    browser.confirm();
    browser.waitUntil(d -> d.findElement(MESSAGES).getText().contains("cannot be signed yet"));
    String refused = browser.text(MESSAGES);
    assertTrue(refused.contains("every red-flag question needs an answer"), refused);
    assertTrue(refused.contains("every point needs its muscle and side"), refused);
    assertTrue(refused.contains("a point with referred pain needs where it refers"), refused);
    assertFalse(refused.contains("every activity needs"), refused);

    browser.open("/therapist/patients/chart.xhtml?id=" + patient);
    browser.openTab("Assessments");
    assertTrue(browser.text(By.id("chart:tabs:assessmentList")).contains("Draft"));

    browser.click(By.id("chart:tabs:assessmentList:0:openAssessment"));
    browser.waitFor(By.id("assessment:discard"));
    browser.click(By.id("assessment:discard"));
    browser.confirm();
    browser.waitUntil(
        d -> d.getCurrentUrl().contains("chart.xhtml?id=" + patient + "&tab=assessments"));
    String after = browser.text(By.id("chart:tabs:assessmentList"));
    assertFalse(after.contains("Draft"), "the discarded draft is listed: " + after);
  }

  @Test
  void redFlagsHoldAProgramBackUntilATherapistRecordsAClearance() {
    browser.signIn("demo", "therapist", PASSWORD);
    long patient = browser.registerPatient("Kit", "Flagged" + suffix(), "1950-01-15");
    startAssessment();
    browser.type(By.id("assessment:painLocation"), "Central low back");
    browser.press("assessment:onsetCause", "Other");
    browser.press("assessment:painNow", "5");
    browser.press("assessment:painWorst", "7");
    browser.press("assessment:flags:3:flag", "Yes");
    browser.click(By.id("assessment:noOtherRedFlags"));
    browser.waitUntil(
        d -> d.findElements(By.cssSelector("[id$=':flag'] .ui-state-active")).size() == 12);
    browser.chooseRadio("assessment:palpation", "No lump felt");
    browser.click(By.id("assessment:sign"));
    browser.confirm();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/assessments/view.xhtml"));
    String signedPath = browser.path();
    long assessment = Long.parseLong(signedPath.substring(signedPath.indexOf("id=") + 3));

    assertTrue(browser.text(By.id("reviewNeeded")).contains("needs a medical review"));
    assertTrue(browser.text(By.id("presentRedFlags")).contains("A history of cancer"));
    browser.open("/therapist/patients/chart.xhtml?id=" + patient);
    browser.openTab("Assessments");
    assertTrue(
        browser.text(By.id("chart:tabs:readiness")).contains("no home program can start"),
        browser.text(By.id("chart:tabs:readiness")));

    browser.open("/therapist/assessments/edit.xhtml?id=" + assessment);
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/assessments/view.xhtml"));
    assertFalse(browser.isPresent(By.id("assessment:save")), "a signed assessment has no form");

    browser.click(By.id("report:clear"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("report:messages")).getText().contains("Write the clearance note"));
    browser.type(By.id("report:clearanceNote"), "Oncology follow-up letter of 2 Nov: in remission");
    browser.click(By.id("report:clear"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("report:messages"))
                .getText()
                .contains("The clearance was recorded"));
    assertTrue(browser.text(By.id("clearanceNote")).contains("in remission"));

    browser.open("/therapist/patients/chart.xhtml?id=" + patient);
    browser.openTab("Assessments");
    assertFalse(browser.isPresent(By.id("chart:tabs:readiness")));

    browser.signIn("northside", "therapist", PASSWORD);
    for (String page : new String[] {"view", "edit"}) {
      browser.open("/therapist/assessments/" + page + ".xhtml?id=" + assessment);
      assertEquals("Page not found", browser.text(By.id("errorTitle")), "another clinic's " + page);
      assertFalse(browser.pageSource().contains("in remission"));
    }
  }

  private static void startAssessment() {
    browser.openTab("Assessments");
    browser.click(By.id("chart:tabs:newAssessment"));
    browser.waitFor(By.id("assessment:painLocation"));
  }

  private static String classification(int point) {
    return browser.text(By.id("assessment:pointRows:" + point + ":classification"));
  }

  private static int marks() {
    return browser.driver().findElements(By.cssSelector("#marks li")).size();
  }
}
