package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The links in reminder and check-in mail, opened by someone who is not signed in. Opening a link
 * changes nothing; its page's button does. A mail program's one-click post stops at once. A changed
 * link, or one signed for a patient in another clinic, does nothing; the same request with the
 * genuine link then succeeds, so the refusals are the links' doing.
 */
class MailLinksIT {

  private static final Pattern CONFIRM_LINK = Pattern.compile("/mail/confirm\\?t=(\\S+)");
  private static final String ONE_CLICK = "List-Unsubscribe=One-Click";

  @Test
  void aConfirmLinkAsksFirstAndConfirmsOnlyWhenPressed() throws Exception {
    long patient = PortalDatabase.demoPatientId("D-0001");
    String body = PortalDatabase.latestMailBody(patient, "ADDRESS_CHECK");
    assertNotNull(body, "the demo patient's program asked to confirm the address");
    Matcher link = CONFIRM_LINK.matcher(body);
    assertTrue(link.find(), body);
    String token = link.group(1);
    PortalSession visitor = PortalSession.anonymous();

    PortalSession.Page changed = visitor.get("/mail/confirm?t=" + tampered(token));
    assertEquals(200, changed.status());
    assertTrue(changed.body().contains("This link is not valid any more"), changed.body());
    assertFalse(changed.body().contains("confirmButton"), changed.body());

    PortalSession.Page page = visitor.get("/mail/confirm?t=" + token);
    assertEquals(200, page.status());
    assertTrue(page.path().startsWith("/mail/confirm.xhtml"), page.path());
    assertTrue(page.body().contains("Demo Physio"), page.body());
    assertFalse(PortalDatabase.addressConfirmed(patient), "opening the link confirms nothing");

    PortalSession.Page done = visitor.submit(page.form("confirm"), "confirm:confirmButton");
    assertEquals(200, done.status());
    assertTrue(done.body().contains("your address is confirmed"), done.body());
    assertTrue(PortalDatabase.addressConfirmed(patient));
  }

  @Test
  void aCheckInLinkOpensWithTheTappedDaysAndOneTapOnThePageSendsTheAnswer() throws Exception {
    long patient = PortalDatabase.demoPatientId("D-0001");
    long checkIn = PortalDatabase.askCheckIn(patient);
    Instant expires = Instant.now().plus(1, ChronoUnit.DAYS);
    String genuine =
        PortalDatabase.signedLink("check-in", PortalDatabase.clinicOf(patient), checkIn, expires);
    String otherClinic =
        PortalDatabase.signedLink(
            "check-in", PortalDatabase.clinicOtherThanThatOf(patient), checkIn, expires);
    PortalSession visitor = PortalSession.anonymous();

    for (String refused : List.of(tampered(genuine), otherClinic)) {
      PortalSession.Page page = visitor.get("/mail/check-in?t=" + refused + "&days=4");
      assertTrue(page.body().contains("This link is not valid any more"), page.body());
      assertFalse(page.body().contains("checkIn:days"), page.body());
    }

    PortalSession.Page page = visitor.get("/mail/check-in?t=" + genuine + "&days=4");
    assertEquals(200, page.status());
    assertTrue(page.path().startsWith("/mail/check-in.xhtml"), page.path());
    assertTrue(page.body().contains("How many days did you do your exercises"), page.body());
    assertTrue(
        Pattern.compile("<input(?=[^>]*value=\"4\")(?=[^>]*checked)[^>]*>")
            .matcher(page.body())
            .find(),
        "the tapped number comes chosen");
    assertNull(PortalDatabase.checkInAnswer(checkIn), "opening the link answers nothing");

    PortalSession.Page sent = visitor.submit(page.form("checkIn"), "checkIn:barriers:1:barrier");
    assertEquals(200, sent.status());
    assertTrue(sent.body().contains("Thank you"), sent.body());
    assertEquals("4 PAIN", PortalDatabase.checkInAnswer(checkIn));
  }

  @Test
  void aStopLinkStopsWithOneClickAndNothingElseDoes() throws Exception {
    long patient = PortalDatabase.demoPatientId("D-0001");
    long clinic = PortalDatabase.clinicOf(patient);
    Instant expires = Instant.now().plus(1, ChronoUnit.DAYS);
    String genuine = stopToken(clinic, patient, expires);
    PortalSession mailProgram = PortalSession.anonymous();
    assertTrue(PortalDatabase.remindersOn(patient));

    assertEquals(
        404, mailProgram.postFields("/mail/stop?t=" + tampered(genuine), ONE_CLICK).status());
    String otherClinic = stopToken(PortalDatabase.clinicOtherThanThatOf(patient), patient, expires);
    assertEquals(404, mailProgram.postFields("/mail/stop?t=" + otherClinic, ONE_CLICK).status());
    assertEquals(400, mailProgram.postFields("/mail/stop?t=" + genuine, "stop=yes").status());
    PortalSession.Page opened = mailProgram.get("/mail/stop?t=" + genuine);
    assertTrue(opened.path().startsWith("/mail/stop.xhtml"), opened.path());
    assertTrue(opened.body().contains("Stop the exercise reminder e-mails"), opened.body());
    assertTrue(PortalDatabase.remindersOn(patient), "no refused request and no opening stopped it");

    PortalSession.Page stopped = mailProgram.postFields("/mail/stop?t=" + genuine, ONE_CLICK);
    assertEquals(200, stopped.status());
    assertFalse(PortalDatabase.remindersOn(patient));
  }

  @Test
  void aLinkOpensInTheLanguageOfThePatientItWasSentTo() throws Exception {
    long clinic = PortalDatabase.clinicOf(PortalDatabase.demoPatientId("D-0001"));
    long olena = PortalDatabase.insertPatient(clinic, "Олена", "Коваленко", "uk");
    String token = stopToken(clinic, olena, Instant.now().plus(1, ChronoUnit.DAYS));

    PortalSession.Page opened = PortalSession.anonymous().get("/mail/stop?t=" + token);

    assertTrue(opened.body().contains(" lang=\"uk\""), opened.body());
    assertFalse(opened.body().contains("Stop the exercise reminder e-mails"), opened.body());
    PortalSession.Page changed = PortalSession.anonymous().get("/mail/stop?t=" + tampered(token));
    assertTrue(changed.body().contains(" lang=\"en\""), "a link that is not genuine names no one");
  }

  private static String stopToken(long clinic, long patient, Instant expires) throws Exception {
    return PortalDatabase.signedLink("stop.reminder", clinic, patient, expires);
  }

  /** The token with one character of its signed part changed. */
  private static String tampered(String token) {
    int at = token.indexOf('.') - 3;
    char changed = token.charAt(at) == 'A' ? 'B' : 'A';
    return token.substring(0, at) + changed + token.substring(at + 1);
  }
}
