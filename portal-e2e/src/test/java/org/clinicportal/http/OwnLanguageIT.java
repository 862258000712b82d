package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The staff's language page ({@code /account/language.xhtml}) changes the signed-in person's own
 * choice and nothing else: it takes no id of an account, a patient or a clinic, so no one can name
 * another's; no one signed in reaches it. (A patient refused the staff's choice and a colleague
 * untouched by it are in HomeCareIT and LanguagesBrowserIT.)
 */
class OwnLanguageIT {

  private static final String PAGE = "/account/language.xhtml";

  @Test
  void thePageServesItsOwnPersonAloneAndTakesNoOneElsesId() {
    PortalSession.Page staff = PortalSession.signedIn("demo", "therapist2").get(PAGE);
    assertEquals(200, staff.status());
    assertEquals(PAGE, staff.path());
    Set<String> sent = staff.form("language").fields().keySet();
    assertTrue(sent.contains("language:chosen"), sent.toString());
    for (String field : sent) {
      assertTrue(
          field.equals("language")
              || field.startsWith("language:chosen")
              || field.startsWith("jakarta.faces.")
              || field.startsWith("primefaces."),
          "a field that could name someone: " + field);
    }
    for (String query : new String[] {"", "?id=1", "?account=1", "?patient=1"}) {
      PortalSession.Page anyone = PortalSession.anonymous().get(PAGE + query);
      assertTrue(anyone.path().startsWith("/signin.xhtml"), query + ": " + anyone.path());
    }
  }
}
