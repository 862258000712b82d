package org.clinicportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.clinicportal.platform.Role;
import org.junit.jupiter.api.Test;

class IdleSignOutTest {

  @Test
  void staffAreSignedOutAfterFifteenQuietMinutesAndPatientsAfterThirty() {
    IdleSignOut idle = new IdleSignOut(Map.of());
    assertEquals(15, idle.minutesFor(Role.THERAPIST));
    assertEquals(15, idle.minutesFor(Role.CLINIC_ADMIN));
    assertEquals(15, idle.minutesFor(Role.PLATFORM_ADMIN));
    assertEquals(30, idle.minutesFor(Role.PATIENT));
  }

  @Test
  void theLimitsCanBeSetAndAWrongSettingFallsBackToTheDefault() {
    IdleSignOut set =
        new IdleSignOut(
            Map.of("PORTAL_STAFF_IDLE_MINUTES", " 10 ", "PORTAL_PATIENT_IDLE_MINUTES", "60"));
    assertEquals(10, set.minutesFor(Role.THERAPIST));
    assertEquals(60, set.minutesFor(Role.PATIENT));
    for (String wrong : new String[] {"0", "-5", "ten", "1441", "99999", ""}) {
      IdleSignOut fallback = new IdleSignOut(Map.of("PORTAL_STAFF_IDLE_MINUTES", wrong));
      assertEquals(15, fallback.minutesFor(Role.THERAPIST), wrong);
    }
  }
}
