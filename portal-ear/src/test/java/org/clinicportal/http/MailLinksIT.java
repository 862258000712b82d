package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The links in reminder mail, opened by someone who is not signed in. Opening a link changes
 * nothing; its page's button does. A mail program's one-click post stops at once. A changed link,
 * or one signed for a patient in another clinic, does nothing; the same request with the genuine
 * link then succeeds, so the refusals are the links' doing.
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

  /**
   * A stop link as the portal signs it, made with the installation's key read from the database.
   */
  private static String stopToken(long clinic, long patient, Instant expires) throws Exception {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String payload =
        base64.encodeToString(
            ("stop.reminder|" + clinic + "|" + patient + "|" + expires.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(PortalDatabase.linkSigningKey(), "HmacSHA256"));
    return payload
        + "."
        + base64.encodeToString(hmac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The token with one character of its signed part changed. */
  private static String tampered(String token) {
    int at = token.indexOf('.') - 3;
    char changed = token.charAt(at) == 'A' ? 'B' : 'A';
    return token.substring(0, at) + changed + token.substring(at + 1);
  }
}
