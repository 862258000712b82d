package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenancyTest {

  @Test
  void takesTheClinicFromTheSignedInPrincipal() {
    Tenancy tenancy = new Tenancy(callerIs(principalOf(41L)));
    assertEquals(41L, tenancy.currentClinicId());
  }

  @Test
  void failsClosedWithNoCaller() {
    Tenancy tenancy = new Tenancy(callerIs(null));
    assertThrows(NoClinicBoundException.class, tenancy::currentClinicId);
  }

  @Test
  void failsClosedForAPrincipalWithoutClinic() {
    Tenancy platformOperator = new Tenancy(callerIs(principalOf(null)));
    assertThrows(NoClinicBoundException.class, platformOperator::currentClinicId);
    Tenancy foreignPrincipal = new Tenancy(callerIs(() -> "someone"));
    assertThrows(NoClinicBoundException.class, foreignPrincipal::currentClinicId);
  }

  @Test
  void serverWorkForAClinicIsBoundOnlyWhileItRuns() {
    Tenancy tenancy = new Tenancy(callerIs(null));
    assertEquals(7L, tenancy.callAsClinic(7L, tenancy::currentClinicId));
    assertThrows(NoClinicBoundException.class, tenancy::currentClinicId);
  }

  @Test
  void nestedServerWorkRestoresTheOuterClinic() {
    Tenancy tenancy = new Tenancy(callerIs(principalOf(1L)));
    long[] seen = new long[3];
    tenancy.callAsClinic(
        2L,
        () -> {
          seen[0] = tenancy.currentClinicId();
          seen[1] = tenancy.callAsClinic(3L, tenancy::currentClinicId);
          seen[2] = tenancy.currentClinicId();
          return null;
        });
    assertEquals(2L, seen[0]);
    assertEquals(3L, seen[1]);
    assertEquals(2L, seen[2]);
    assertEquals(1L, tenancy.currentClinicId());
  }

  @Test
  void theBindingIsClearedEvenWhenTheWorkFails() {
    Tenancy tenancy = new Tenancy(callerIs(null));
    assertThrows(
        IllegalStateException.class,
        () ->
            tenancy.callAsClinic(
                9L,
                () -> {
                  throw new IllegalStateException("work failed");
                }));
    assertThrows(NoClinicBoundException.class, tenancy::currentClinicId);
  }

  private static ClinicPrincipal principalOf(Long clinicId) {
    return new ClinicPrincipal(
        "demo/dana", clinicId, "Demo", 5L, "Dana", Role.THERAPIST, "UTC", false);
  }

  /** The container's SecurityContext reduced to the one question the binding asks. */
  private static SecurityContext callerIs(Principal caller) {
    return new SecurityContext() {
      @Override
      public Principal getCallerPrincipal() {
        return caller;
      }

      @Override
      public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
        return Set.of();
      }

      @Override
      public boolean isCallerInRole(String role) {
        return false;
      }

      @Override
      public boolean hasAccessToWebResource(String resource, String... methods) {
        return false;
      }

      @Override
      public AuthenticationStatus authenticate(
          HttpServletRequest request,
          HttpServletResponse response,
          AuthenticationParameters parameters) {
        return AuthenticationStatus.NOT_DONE;
      }
    };
  }
}
