package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.clinicportal.platform.PlainSql;
import org.clinicportal.testsupport.MovableClock;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The address throttle's window on a moved clock, counted in the database that every server of the
 * portal shares. Each test uses an address of its own, so runs against the same database do not
 * meet.
 */
@ExtendWith(ArquillianExtension.class)
class AddressThrottleIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private AddressThrottle throttle;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  private final Instant noon = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(3));

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  private static String anAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
  }

  @Test
  void anAddressIsHeldBackAfterTwentyFailuresWithinAQuarterOfAnHour() {
    String address = anAddress();
    for (int i = 0; i < AddressThrottle.FAILURES_ALLOWED; i++) {
      MovableClock.moveTo(noon.plusSeconds(10L * i));
      assertTrue(throttle.reserve(address).isEmpty(), "attempt " + (i + 1));
    }
    MovableClock.moveTo(noon.plusSeconds(200));

    Instant heldUntil = throttle.reserve(address).orElseThrow();
    assertEquals(noon.plus(AddressThrottle.WINDOW), heldUntil.truncatedTo(ChronoUnit.SECONDS));
    assertTrue(throttle.reserve(anAddress()).isEmpty(), "another address may try");
    MovableClock.moveTo(noon.plus(AddressThrottle.WINDOW).plusSeconds(5));
    assertTrue(throttle.reserve(address).isEmpty(), "the oldest failure expired");
  }

  @Test
  void aReleasedSlotDoesNotCount() {
    String address = anAddress();
    MovableClock.moveTo(noon);
    for (int i = 0; i < AddressThrottle.FAILURES_ALLOWED - 1; i++) {
      assertTrue(throttle.reserve(address).isEmpty());
    }
    for (int i = 0; i < 30; i++) {
      assertTrue(throttle.reserve(address).isEmpty(), "success " + (i + 1));
      throttle.release(address);
    }

    assertTrue(throttle.reserve(address).isEmpty(), "the twentieth failure");
    assertTrue(throttle.reserve(address).isPresent(), "held back after it");
  }

  @Test
  void failuresSpreadOverMoreThanAQuarterOfAnHourNeverHoldAnAddressBack() {
    String address = anAddress();
    for (int i = 0; i < 40; i++) {
      MovableClock.moveTo(noon.plus(Duration.ofMinutes(i)));
      assertTrue(throttle.reserve(address).isEmpty(), "failure " + i);
    }
    assertTrue(
        ((Number)
                    PlainSql.of(em, "select count(*) from sign_in_attempt where address = ?1")
                        .setParameter(1, address)
                        .getSingleResult())
                .longValue()
            <= 16,
        "attempts older than the window are removed");
  }
}
