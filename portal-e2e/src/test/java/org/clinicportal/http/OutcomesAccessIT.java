package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clinic's outcomes page and its CSV over plain HTTP: the clinic's therapists and
 * administrators read them; a patient, no one signed in and a period that is not one get nothing.
 * Each refusal is tried only after the same address answered a therapist.
 */
class OutcomesAccessIT {

  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
  private static final String CSV =
      "/outcomes/episodes.csv?from=" + LocalDate.now(ZoneOffset.UTC).minusDays(60) + "&to=" + TODAY;

  @Test
  void theOutcomesAreForTheClinicsStaffAlone() {
    for (String who : List.of("therapist", "admin")) {
      PortalSession staff = PortalSession.signedIn("demo", who);
      PortalSession.Page page = staff.get("/outcomes/index.xhtml");
      assertEquals(200, page.status(), who);
      assertTrue(page.body().contains("Episodes closed"), who + ": " + page.body());
      HttpResponse<byte[]> csv = staff.download(CSV);
      assertEquals(200, csv.statusCode(), who);
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      assertTrue(
          csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
      assertTrue(
          new String(csv.body(), StandardCharsets.UTF_8).startsWith("Episode,Therapist,"), who);
    }

    PortalSession patient = PortalSession.signedIn("demo", "patient");
    assertEquals(403, patient.get("/outcomes/index.xhtml").status());
    assertFalse(
        new String(patient.download(CSV).body(), StandardCharsets.UTF_8).contains("Episode,"));
    assertTrue(
        PortalSession.anonymous().get("/outcomes/index.xhtml").path().startsWith("/signin.xhtml"));
    assertFalse(
        new String(PortalSession.anonymous().download(CSV).body(), StandardCharsets.UTF_8)
            .contains("Episode,"));

    PortalSession therapist = PortalSession.signedIn("demo", "therapist");
    for (String period :
        List.of(
            "from=" + TODAY + "&to=2020-01-01",
            "from=soon&to=" + TODAY,
            "from=2020-01-01&to=" + TODAY,
            "to=" + TODAY)) {
      assertEquals(
          404, therapist.download("/outcomes/episodes.csv?" + period).statusCode(), period);
    }
  }
}
