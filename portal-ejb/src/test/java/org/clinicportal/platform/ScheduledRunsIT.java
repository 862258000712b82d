package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.clinicportal.homecare.AlertWatch;
import org.clinicportal.homecare.ReminderJob;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scheduled job runs once per slot however many servers fire its timer: the first claim of a slot
 * wins, also among claims made at the same moment, and the jobs leave a slot another server took.
 * The slots are years back, where no timer of the running server ever lands.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledRunsIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private ScheduledRuns runs;
  @Inject private AlertWatch watch;
  @Inject private ReminderJob reminders;

  /** A minute of 2001 to 2019 of its own, and a job name of its own, for each run of the tests. */
  private static final Instant SLOT =
      Instant.parse("2001-01-01T00:00:00Z")
          .plus(Duration.ofMinutes(ThreadLocalRandom.current().nextLong(10_000_000)));

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private static Instant slot(int minute) {
    return SLOT.plus(Duration.ofMinutes(minute));
  }

  private static String job(String name) {
    return name + "-" + RUN;
  }

  @Test
  void theFirstClaimOfASlotWinsAndEveryOtherSlotIsFree() {
    Instant slot = slot(1);

    assertTrue(runs.claim(job("test-job"), slot));
    assertFalse(runs.claim(job("test-job"), slot), "the slot is taken");
    assertTrue(runs.claim(job("other-job"), slot), "another job's slot is its own");
    assertTrue(
        runs.claim(job("test-job"), slot.plus(Duration.ofMinutes(1))), "the next minute is free");
  }

  @Test
  void ofClaimsMadeAtTheSameMomentExactlyOneWins() throws Exception {
    Instant slot = slot(2);
    CountDownLatch ready = new CountDownLatch(1);
    List<CompletableFuture<Boolean>> servers = new ArrayList<>();
    for (int server = 0; server < 6; server++) {
      servers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  ready.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return runs.claim(job("race-job"), slot);
              }));
    }
    ready.countDown();
    long winners = 0;
    for (CompletableFuture<Boolean> server : servers) {
      if (server.get(30, TimeUnit.SECONDS)) {
        winners++;
      }
    }
    assertEquals(1, winners);
  }

  @Test
  void theWatchAndTheRemindersLeaveASlotAnotherServerTook() {
    Instant slot = slot(3);
    assertTrue(runs.claim("alert-watch", slot), "another server takes the watch's slot");
    assertTrue(runs.claim("reminders", slot), "and the reminders' minute");

    assertFalse(watch.runIfFirst(slot));
    assertFalse(reminders.runIfFirst(slot));
  }

  @Test
  void aClaimIsKeptTwoDaysAndThenGivesWay() {
    Instant slot = slot(4);
    assertTrue(runs.claim(job("kept-job"), slot));
    assertTrue(runs.claim(job("kept-job"), slot.plus(Duration.ofDays(1))));
    assertFalse(runs.claim(job("kept-job"), slot), "a day later the claim still holds");

    assertTrue(runs.claim(job("kept-job"), slot.plus(ScheduledRuns.KEPT).plusSeconds(60)));
    assertTrue(runs.claim(job("kept-job"), slot), "claims older than two days were removed");
  }
}
