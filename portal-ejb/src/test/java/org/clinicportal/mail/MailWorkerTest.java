package org.clinicportal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailWorkerTest {

  @Test
  void theWorkerRunsASecondIntoEachWholeIntervalOfTheMinute() {
    assertEquals(
        Instant.parse("2026-12-04T10:01:01Z"),
        MailWorker.firstRun(Instant.parse("2026-12-04T10:00:05.300Z"), Duration.ofSeconds(30)));
    assertEquals(
        Instant.parse("2026-12-04T10:00:21Z"),
        MailWorker.firstRun(Instant.parse("2026-12-04T10:00:05.300Z"), Duration.ofSeconds(10)));
    assertEquals(
        Instant.parse("2026-12-04T10:00:31Z"),
        MailWorker.firstRun(Instant.parse("2026-12-04T10:00:00Z"), Duration.ofSeconds(30)));
  }

  @Test
  void aLongIntervalKeepsTheFirstRunAtLeastOneIntervalAway() {
    Instant now = Instant.parse("2026-12-04T10:59:59Z");
    Instant first = MailWorker.firstRun(now, Duration.ofHours(1));
    assertEquals(Instant.parse("2026-12-04T12:00:01Z"), first);
  }
}
