package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Text with control characters (a NUL byte above all, which PostgreSQL refuses) in a search, a
 * record and the sign-in form: each is told on the page and changes nothing, and the same form with
 * ordinary text goes through.
 */
class UntrustedInputIT {

  private static final String REFUSED = "holds a control character";

  @Test
  void aRecordSavedWithANulByteIsRefusedOnTheFieldAndOrdinaryTextIsSaved() throws Exception {
    long patient = PortalDatabase.demoPatientId("D-0005");
    PortalSession therapist = PortalSession.signedIn("demo", "therapist");
    String edit = "/therapist/patients/edit.xhtml?id=" + patient;
    String before = PortalDatabase.phoneOf(patient);

    for (String phone : new String[] {"+44 20\u0000 7946", "+44\u0001 20", "\u007f"}) {
      PortalSession.Page answer =
          therapist.ajax(
              therapist.get(edit).form("edit").set("edit:phone", phone), "edit:save", "edit");
      assertEquals(200, answer.status());
      assertTrue(answer.body().contains(REFUSED), answer.body());
      assertFalse(answer.body().contains("<redirect"), "saved: " + answer.body());
      assertFalse(answer.body().contains("Exception"), answer.body());
      assertEquals(before, PortalDatabase.phoneOf(patient));
    }

    String chosen = "+44 20 7946 " + (5000 + (int) (Math.random() * 999));
    PortalSession.Page saved =
        therapist.ajax(
            therapist.get(edit).form("edit").set("edit:phone", chosen), "edit:save", "edit");
    assertTrue(saved.body().contains("chart.xhtml?id=" + patient), saved.body());
    assertEquals(chosen, PortalDatabase.phoneOf(patient));
  }

  @Test
  void aSignInWithANulByteIsAnsweredOnTheSignInPage() {
    PortalSession.signedIn("demo", "therapist");

    PortalSession.Page answer =
        PortalSession.anonymous().signIn("demo", "thera\u0000pist", PortalSession.PASSWORD);
    assertEquals(200, answer.status());
    assertTrue(answer.path().startsWith("/signin.xhtml"), answer.path());
    assertTrue(answer.body().contains(REFUSED), answer.body());
  }
}
