package org.clinicportal.testsupport;

import java.util.UUID;

/** Names for fixtures that never collide between tests. */
public final class ClinicFixture {

  /** A password that meets the policy. */
  public static final String PASSWORD = "Kneecap-Lantern-42";

  private ClinicFixture() {}

  public static String uniqueCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
