package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FHIR Bulk Data export over HTTP as a client runs it: kick-off with {@code Prefer: respond-async},
 * polling the status address until the manifest, and each NDJSON file downloaded with the token,
 * every resource in them valid FHIR R4; a therapist's caseload as a group; and the requests the
 * portal does not take, answered with an OperationOutcome.
 */
class BulkExportIT {

  private static final Pattern OUTPUT =
      Pattern.compile("\\{\"type\":\"(\\w+)\",\"url\":\"([^\"]+)\",\"count\":(\\d+)\\}");
  private static final String ALL = "system/*.rs";

  private static SmartBackendClient warehouse;

  @BeforeAll
  static void registerAClient() throws Exception {
    warehouse =
        SmartBackendClient.registeredIn(
            "demo",
            "system/Organization.rs system/Practitioner.rs system/ActivityDefinition.rs"
                + " system/Patient.rs system/CarePlan.rs"
                + " system/ServiceRequest.rs system/Observation.rs system/QuestionnaireResponse.rs"
                + " system/Flag.rs");
  }

  @Test
  void theClinicIsExportedAsValidNdjsonForItsClientAlone() throws Exception {
    String token = warehouse.token(ALL);
    String status = kickOff("/fhir/$export", token);

    String manifest = awaitManifest(status, token);
    assertTrue(manifest.contains("\"requiresAccessToken\":true"), manifest);
    Matcher output = OUTPUT.matcher(manifest);
    List<Resource> everything = new ArrayList<>();
    List<String> types = new ArrayList<>();
    while (output.find()) {
      types.add(output.group(1));
      PortalSession.Page file = get(path(output.group(2)), token);
      assertEquals(200, file.status());
      assertTrue(
          file.headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/fhir+ndjson"));
      List<String> lines = file.body().lines().toList();
      assertEquals(Integer.parseInt(output.group(3)), lines.size(), output.group(1));
      for (String line : lines) {
        everything.add((Resource) FhirValidation.FHIR.newJsonParser().parseResource(line));
      }
    }
    assertTrue(
        types.containsAll(
            List.of(
                "Organization",
                "Practitioner",
                "ActivityDefinition",
                "Patient",
                "CarePlan",
                "ServiceRequest",
                "Observation",
                "QuestionnaireResponse")),
        types.toString());
    Map<ResultSeverityEnum, List<String>> found =
        FhirValidation.validateAll("Bulk export of the demo clinic", everything);
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.ERROR, List.of()));
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.FATAL, List.of()));

    SmartBackendClient other = SmartBackendClient.registeredIn("demo", "system/Patient.rs");
    String othersToken = other.token(ALL);
    assertEquals(404, get(path(status), othersToken).status(), "another client's status address");
    Matcher first = OUTPUT.matcher(manifest);
    assertTrue(first.find());
    assertEquals(404, get(path(first.group(2)), othersToken).status(), "another client's file");
    assertEquals(401, get(path(first.group(2)), null).status(), "a file without a token");
    assertEquals(
        404,
        PortalSession.anonymous()
            .api("DELETE", path(status), null, "Authorization", "Bearer " + token)
            .status(),
        "a finished export is not cancelled");
  }

  @Test
  void aTherapistsCaseloadHoldsTheirPatientsAlone() throws Exception {
    String token = warehouse.token(ALL);
    long dana = PortalDatabase.accountId("demo", "therapist");
    String manifest =
        awaitManifest(kickOff("/fhir/Group/" + dana + "/$export?_type=Patient", token), token);
    Matcher output = OUTPUT.matcher(manifest);
    assertTrue(output.find(), manifest);
    assertEquals("Patient", output.group(1));
    assertFalse(output.find(), "only the kind asked for: " + manifest);
    String patients =
        get(path(OUTPUT.matcher(manifest).results().findFirst().orElseThrow().group(2)), token)
            .body();
    for (String line : patients.lines().toList()) {
      Patient patient = FhirValidation.FHIR.newJsonParser().parseResource(Patient.class, line);
      assertEquals(
          "Practitioner/" + dana, patient.getGeneralPractitionerFirstRep().getReference(), line);
    }
  }

  @Test
  void whatTheExportDoesNotTakeIsRefusedWithAnOutcome() throws Exception {
    String token = warehouse.token(ALL);
    SmartBackendClient narrow = SmartBackendClient.registeredIn("demo", "system/Patient.rs");
    String narrowToken = narrow.token(ALL);
    Map<String, Integer> refusals = new java.util.LinkedHashMap<>();
    refusals.put("/fhir/$export?_type=Banana", 400);
    refusals.put("/fhir/$export?_since=2026-01-01T00:00:00Z", 400);
    refusals.put("/fhir/$export?_outputFormat=text/csv", 400);
    refusals.put("/fhir/Group/1/$export", 404);
    for (var refusal : refusals.entrySet()) {
      PortalSession.Page answer = kickOffAnswer(refusal.getKey(), token, true);
      assertEquals(refusal.getValue(), answer.status(), refusal.getKey() + ": " + answer.body());
      assertTrue(answer.body().contains("OperationOutcome"), answer.body());
    }
    assertEquals(400, kickOffAnswer("/fhir/$export", token, false).status(), "no Prefer");
    assertEquals(401, kickOffAnswer("/fhir/$export", null, true).status(), "no token");
    assertEquals(
        403,
        kickOffAnswer("/fhir/Patient/$export?_type=Observation", narrowToken, true).status(),
        "a kind beyond the token's scopes");
    assertEquals(404, get("/fhir/bulk/not-a-job", token).status());
  }

  private static String kickOff(String path, String token) {
    PortalSession.Page answer = kickOffAnswer(path, token, true);
    assertEquals(202, answer.status(), answer.body());
    return answer.headers().firstValue("Content-Location").orElseThrow();
  }

  private static PortalSession.Page kickOffAnswer(String path, String token, boolean async) {
    return PortalSession.anonymous()
        .api(
            "GET",
            path.replace("$", "%24"),
            null,
            "Accept",
            "application/fhir+json",
            "Prefer",
            async ? "respond-async" : null,
            "Authorization",
            token == null ? null : "Bearer " + token);
  }

  private static String awaitManifest(String status, String token) throws InterruptedException {
    Instant until = Instant.now().plusSeconds(60);
    PortalSession.Page polled = get(path(status), token);
    while (polled.status() == 202 && Instant.now().isBefore(until)) {
      assertTrue(polled.headers().firstValue("X-Progress").isPresent());
      Thread.sleep(200);
      polled = get(path(status), token);
    }
    assertEquals(200, polled.status(), polled.body());
    return polled.body();
  }

  private static PortalSession.Page get(String path, String token) {
    return PortalSession.anonymous()
        .api("GET", path, null, "Authorization", token == null ? null : "Bearer " + token);
  }

  /** The path below the portal of an address the portal wrote. */
  private static String path(String address) {
    return address.substring(address.indexOf("/fhir/"));
  }
}
