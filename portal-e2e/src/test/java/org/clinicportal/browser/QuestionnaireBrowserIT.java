package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clinicportal.http.PortalDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The discharge questionnaire on a phone 360 pixels wide: the patient finds it on the today page,
 * answers pain and half of the Oswestry sections a screen at a time (one left out, one wrong tap
 * refused), leaves for the today page and comes back to the screen reached with the answers kept,
 * finishes and sends once. The therapist's chart then shows the patient's answers beside the
 * therapist's measures, and the questionnaire as sent.
 */
class QuestionnaireBrowserIT extends BrowserTest {

  @Test
  void aPatientAnswersOnAPhoneLeavesHalfwayComesBackAndSends() throws Exception {
    String last = "Questions" + suffix();
    browser.signIn("demo", "therapist", PASSWORD);
    Browser.PatientWithProgram kim = browser.registerPatientWithProgram("Kim", last, "1959-08-30");
    browser.open("/therapist/patients/chart.xhtml?id=" + kim.id() + "&tab=program");
    browser.waitFor(By.id("chart:tabs:dischargeReason"));
    new Select(browser.driver().findElement(By.id("chart:tabs:dischargeReason")))
        .selectByVisibleText("Goals met");
    browser.click(By.id("chart:tabs:dischargePatient"));
    browser.confirm();
    browser.waitUntil(d -> browser.text(By.id("chart:tabs:episodes")).contains("Goals met"));

    try (Browser phone = new Browser(360, 740)) {
      phone.signIn("demo", kim.username(), kim.oneTimePassword());
      phone.chooseOwnPassword(kim.oneTimePassword(), "Orchard-Beacon-27");
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      phone.click(By.cssSelector("[id$='openQuestionnaire']"));
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/questionnaire.xhtml"));
      assertEquals("Question 1 of 12", phone.text(By.id("position")));
      assertFitsThePhone(phone);

      phone.click(By.id("questions:next"));
      phone.waitUntil(
          d -> phone.text(By.id("questions:messages")).contains("Choose how strong your pain is"));
      assertEquals("Question 1 of 12", phone.text(By.id("position")), "not moved on");
      phone.chooseRadio("questions:pain", "6");
      next(phone, 2);
      phone.chooseRadio("questions:section", "3 · Fairly strong");
      next(phone, 3);
      phone.chooseRadio("questions:section", "2 · Somewhat: I manage, with some pain");
      next(phone, 4);
      phone.chooseRadio("questions:section", "4 · Very much: I can hardly do it");
      next(phone, 5);
      phone.click(By.id("questions:leaveOut"));
      waitForPosition(phone, 6);
      phone.chooseRadio("questions:section", "3 · A lot: I do less than I would like");
      next(phone, 7);

      phone.click(By.id("questions:later"));
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
      WebElement goOn = phone.driver().findElement(By.cssSelector("[id$='openQuestionnaire']"));
      assertTrue(goOn.getText().contains("where you left off"), goOn.getText());
      goOn.click();
      phone.waitUntil(d -> d.getCurrentUrl().contains("/patient/questionnaire.xhtml"));
      assertEquals("Question 7 of 12", phone.text(By.id("position")), "where it was left");
      phone.click(By.id("questions:back"));
      waitForPosition(phone, 6);
      assertTrue(
          phone
              .driver()
              .findElement(By.xpath("//*[@id='questions:section']//input[@value='3']"))
              .isSelected(),
          "the answer given before leaving is kept");
      next(phone, 7);
      for (int position = 7; position <= 11; position++) {
        phone.chooseRadio("questions:section", "1 · A little, without extra pain");
        next(phone, position + 1);
      }
      assertTrue(phone.text(By.id("summarySections")).startsWith("9 of 10"));
      assertEquals("6", phone.text(By.id("summaryPain")));
      phone.click(By.id("questions:send"));
      phone.waitFor(By.id("sentLine"));
      assertTrue(phone.text(By.id("questions:messages")).contains("Thank you"));
      assertFalse(phone.isPresent(By.id("questions:send")), "sent once");

      phone.open("/patient/index.xhtml");
      phone.waitFor(By.id("today:noPlan"));
      assertFalse(phone.isPresent(By.cssSelector("[id$='openQuestionnaire']")), "nothing open");
    }

    browser.open("/therapist/patients/chart.xhtml?id=" + kim.id() + "&tab=assessments");
    browser.waitFor(By.id("chart:tabs:measurements"));
    String measures = browser.text(By.id("chart:tabs:measurements"));
    assertTrue(measures.contains("Patient (Discharge)"), measures);
    assertTrue(measures.contains("37.8"), "nine sections, 17 of 45 points: " + measures);
    assertTrue(browser.text(By.id("chart:tabs:askedList")).contains("Sent"));
    assertFalse(browser.isPresent(By.id("chart:tabs:measuresChart")), "one measure draws no line");

    long jordan = PortalDatabase.demoPatientId("D-0001");
    browser.open("/therapist/patients/chart.xhtml?id=" + jordan + "&tab=assessments");
    browser.waitFor(By.cssSelector("[id='chart:tabs:measuresChart'] canvas"));
    Object drawn =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const chart = Chart.getChart(document.querySelector("
                    + "\"[id='chart:tabs:measuresChart'] canvas\"));"
                    + " return chart.data.datasets[0].data.slice(0, 2).join();");
    assertEquals("6,3", String.valueOf(drawn), "the demo's two assessments' pain, drawn in order");
  }

  private static void next(Browser phone, int expected) {
    phone.click(By.id("questions:next"));
    waitForPosition(phone, expected);
  }

  private static void waitForPosition(Browser phone, int expected) {
    phone.waitUntil(d -> phone.text(By.id("position")).startsWith("Question " + expected + " "));
  }

  private static void assertFitsThePhone(Browser phone) {
    Object wide =
        ((org.openqa.selenium.JavascriptExecutor) phone.driver())
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertFalse((Boolean) wide, "the questionnaire scrolls sideways at 360 px");
  }
}
