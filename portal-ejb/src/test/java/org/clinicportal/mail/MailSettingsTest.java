package org.clinicportal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  private final List<String> warnings = new ArrayList<>();

  @Test
  void noHostMeansNoMailServer() {
    assertTrue(MailSettings.from(Map.of(), null, warnings::add).isEmpty());
    assertTrue(MailSettings.from(Map.of("PORTAL_SMTP_HOST", "  "), null, warnings::add).isEmpty());
  }

  @Test
  void aHostAloneGetsSafeDefaults() {
    MailSettings settings =
        MailSettings.from(
                Map.of("PORTAL_SMTP_HOST", "smtp.example.org", "PORTAL_MAIL_FROM", "a@example.org"),
                null,
                warnings::add)
            .orElseThrow();
    assertEquals(587, settings.port());
    assertTrue(settings.startTls());
    assertNull(settings.user());
    assertEquals(Duration.ofSeconds(20), settings.timeout());
    assertEquals(Duration.ofSeconds(30), settings.interval());
    assertEquals(12, settings.maxAttempts());
    assertEquals(4, settings.connections());
    assertEquals(List.of(), warnings);
  }

  @Test
  void withoutStartTlsThePortIs25AndThePasswordAliasWins() {
    MailSettings settings =
        MailSettings.from(
                Map.of(
                    "PORTAL_SMTP_HOST", "mail.local",
                    "PORTAL_SMTP_STARTTLS", "off",
                    "PORTAL_SMTP_USER", "portal",
                    "PORTAL_SMTP_PASSWORD", "from-environment",
                    "PORTAL_MAIL_FROM", "portal@mail.local"),
                "from-alias",
                warnings::add)
            .orElseThrow();
    assertEquals(25, settings.port());
    assertFalse(settings.startTls());
    assertEquals("from-alias", settings.password());
    assertEquals("smtp://portal@mail.local:25", settings.toString(), "no password in the log");
  }

  @Test
  void unreadableValuesAreReportedAndReplacedByDefaults() {
    MailSettings settings =
        MailSettings.from(
                Map.of(
                    "PORTAL_SMTP_HOST", "mail.local",
                    "PORTAL_SMTP_PORT", "70000",
                    "PORTAL_MAIL_SECONDS", "often",
                    "PORTAL_MAIL_CONNECTIONS", "0",
                    "PORTAL_MAIL_FROM", "not an address"),
                null,
                warnings::add)
            .orElseThrow();
    assertEquals(587, settings.port());
    assertEquals(Duration.ofSeconds(30), settings.interval());
    assertEquals("portal@mail.local", settings.from());
    assertEquals(4, settings.connections());
    assertEquals(
        List.of(
            "PORTAL_SMTP_PORT",
            "PORTAL_MAIL_FROM",
            "PORTAL_MAIL_SECONDS",
            "PORTAL_MAIL_CONNECTIONS"),
        warnings.stream().map(warning -> warning.substring(0, warning.indexOf(' '))).toList());
  }

  @Test
  void thePauseDoublesUpToAnHour() {
    MailSettings settings =
        MailSettings.from(
                Map.of("PORTAL_SMTP_HOST", "h.example", "PORTAL_MAIL_RETRY_SECONDS", "60"),
                null,
                warnings::add)
            .orElseThrow();
    assertEquals(Duration.ofMinutes(1), settings.pauseAfter(1));
    assertEquals(Duration.ofMinutes(2), settings.pauseAfter(2));
    assertEquals(Duration.ofMinutes(32), settings.pauseAfter(6));
    assertEquals(Duration.ofHours(1), settings.pauseAfter(7));
    assertEquals(Duration.ofHours(1), settings.pauseAfter(40));
  }
}
