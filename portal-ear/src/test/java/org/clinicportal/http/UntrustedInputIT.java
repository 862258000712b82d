package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    long patient = patientId("D-0005");
    PortalSession therapist = PortalSession.signedIn("demo", "therapist");
    String edit = "/therapist/patients/edit.xhtml?id=" + patient;
    String before = phoneOf(patient);

    for (String phone : new String[] {"+44 20\u0000 7946", "+44\u0001 20", "\u007f"}) {
      PortalSession.Page answer =
          therapist.ajax(
              therapist.get(edit).form("edit").set("edit:phone", phone), "edit:save", "edit");
      assertEquals(200, answer.status());
      assertTrue(answer.body().contains(REFUSED), answer.body());
      assertFalse(answer.body().contains("<redirect"), "saved: " + answer.body());
      assertFalse(answer.body().contains("Exception"), answer.body());
      assertEquals(before, phoneOf(patient));
    }

    String chosen = "+44 20 7946 " + (5000 + (int) (Math.random() * 999));
    PortalSession.Page saved =
        therapist.ajax(
            therapist.get(edit).form("edit").set("edit:phone", chosen), "edit:save", "edit");
    assertTrue(saved.body().contains("chart.xhtml?id=" + patient), saved.body());
    assertEquals(chosen, phoneOf(patient));
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

  private static long patientId(String recordNumber) throws Exception {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select p.id from patient p join clinic c on c.id = p.tenant_id"
                    + " where c.code = 'demo' and p.record_number = ?")) {
      query.setString(1, recordNumber);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static String phoneOf(long patient) throws Exception {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query = db.prepareStatement("select phone from patient where id = ?")) {
      query.setLong(1, patient);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }
}
