package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void onlyAnHttpsAddressAsksForCookiesSentOverHttpsAlone() {
    assertTrue(new PortalAddress("https://portal.example.org/portal").isHttps());
    assertFalse(new PortalAddress("http://portal.example.org/portal").isHttps());
    assertFalse(new PortalAddress(null).isHttps(), "the local portal of the run command");
    assertFalse(new PortalAddress("https:/no-host").isHttps(), "an unusable address falls back");
  }

  @Test
  void aPathMustStartWithASlash() {
    assertThrows(
        IllegalArgumentException.class, () -> new PortalAddress("https://a.example").of("x"));
  }
}
