package org.clinicportal.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

  private static final String HOST = "clinic.example:8080";

  @Test
  void aPostFromThePortalsOwnPageOrWithNoWordOfItsOriginIsLetThrough() {
    assertTrue(SameOrigin.posted("same-origin", "http://clinic.example:8080", HOST));
    assertTrue(SameOrigin.posted(null, "https://CLINIC.example:8080", HOST));
    assertTrue(SameOrigin.posted("none", null, HOST));
    assertTrue(SameOrigin.posted(null, null, HOST));
    assertTrue(
        SameOrigin.posted("same-origin", "null", HOST),
        "a browser under the no-referrer policy says null for its own origin");
    assertTrue(SameOrigin.posted(null, "null", HOST));
  }

  @Test
  void aPostThatABrowserSaysCameFromElsewhereIsRefused() {
    assertFalse(SameOrigin.posted("cross-site", "https://attacker.example", HOST));
    assertFalse(SameOrigin.posted("same-site", "http://other.clinic.example:8080", HOST));
    assertFalse(SameOrigin.posted(null, "https://attacker.example", HOST));
    assertFalse(SameOrigin.posted(null, "http://clinic.example:9090", HOST));
    assertFalse(SameOrigin.posted("cross-site", "null", HOST));
    assertFalse(SameOrigin.posted("cross-site", "http://clinic.example:8080", HOST));
    assertFalse(SameOrigin.posted(null, "not an origin at all", HOST));
    assertFalse(SameOrigin.posted(null, "http://clinic.example:8080", null));
  }
}
