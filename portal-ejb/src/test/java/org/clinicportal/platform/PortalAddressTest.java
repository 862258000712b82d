package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PortalAddressTest {

  @Test
  void linksAreMadeFromTheConfiguredAddressAlone() {
    assertEquals(
        "https://portal.example.org/portal/mail/stop?t=x",
        new PortalAddress("https://portal.example.org/portal/").of("/mail/stop?t=x"));
  }

  @Test
  void anUnsetOrUnusableAddressFallsBackToTheLocalPortal() {
    for (String unusable :
        new String[] {
          null, " ", "portal.example.org", "ftp://x.example/", "https://x/?a=b", "::"
        }) {
      assertEquals(
          "http://localhost:8080/portal/patient/", new PortalAddress(unusable).of("/patient/"));
    }
  }

  @Test
  void aPathMustStartWithASlash() {
    assertThrows(
        IllegalArgumentException.class, () -> new PortalAddress("https://a.example").of("x"));
  }
}
