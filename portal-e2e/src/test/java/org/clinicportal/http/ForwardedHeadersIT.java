package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The headers a proxy writes count only when a trusted proxy wrote them. The end-to-end server
 * trusts none, so a caller that writes them itself is still seen at its own address and over its
 * own scheme: the audit trail, which the sign-in throttle shares its address with, and the headers
 * that depend on TLS are unchanged.
 */
class ForwardedHeadersIT {

  @Test
  void aCallerCannotNameAnotherAddressOrSchemeForItself() throws Exception {
    long account = PortalDatabase.accountId("northside", "therapist");
    PortalSession plain = PortalSession.anonymous();
    PortalSession.Page plainAnswer = plain.signIn("northside", "therapist", PortalSession.PASSWORD);
    assertTrue(plainAnswer.path().startsWith("/therapist/"), plainAnswer.path());
    PortalDatabase.SignInEntry own = PortalDatabase.lastSignIn(account);
    assertNotNull(own, "a sign-in is audited with its address");
    assertTrue(plainAnswer.headers().firstValue("Strict-Transport-Security").isEmpty());

    PortalSession forging =
        PortalSession.anonymous()
            .sendingEveryTime("X-Forwarded-For", "203.0.113.77")
            .sendingEveryTime("X-Forwarded-Proto", "https");
    PortalSession.Page forged = forging.signIn("northside", "therapist", PortalSession.PASSWORD);

    assertTrue(forged.path().startsWith("/therapist/"), forged.path());
    PortalDatabase.SignInEntry afterForging = PortalDatabase.lastSignIn(account);
    assertTrue(afterForging.id() > own.id(), "the second sign-in is audited too");
    assertEquals(own.address(), afterForging.address(), "the connection's address");
    assertTrue(
        forged.headers().firstValue("Strict-Transport-Security").isEmpty(),
        "no HSTS over plain HTTP, whatever the caller says");
  }
}
