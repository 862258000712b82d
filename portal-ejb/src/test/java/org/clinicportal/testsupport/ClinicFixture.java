package org.clinicportal.testsupport;

import java.util.Locale;
import java.util.UUID;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Role;

/** Names for fixtures that never collide between tests. */
public final class ClinicFixture {

  /** A password that meets the policy. */
  public static final String PASSWORD = "Kneecap-Lantern-42";

  private ClinicFixture() {}

  /**
   * Someone signed in to the clinic in this role, for calling services in their name; their account
   * is not stored, so the audit trail records account 0.
   */
  public static ClinicPrincipal signedIn(long clinicId, Role role) {
    return new ClinicPrincipal(
        "fixture/" + role.name().toLowerCase(Locale.ROOT),
        clinicId,
        "Fixture clinic",
        0L,
        "Fixture " + role.name().toLowerCase(Locale.ROOT),
        role,
        "UTC",
        false);
  }

  public static String uniqueCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
