package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * A patient's record downloaded as FHIR R4 over plain HTTP, by the patient from their own address
 * and by the clinic's staff from the chart's: the bundle holds the demo patient's chart and nothing
 * of another patient's, validates against FHIR R4 with HAPI's validator (no errors), and each
 * download is written to the audit trail in the name of who asked. The patient's address sends
 * another patient their own record and staff nothing; the page-access suite tries both addresses as
 * every intruder.
 */
class FhirRecordIT {

  private static final String PATH = "/patient/my-record";
  private static final FhirContext FHIR = FhirValidation.FHIR;

  @Test
  void aPatientDownloadsTheirOwnRecordAsValidFhir() throws Exception {
    long jordan = PortalDatabase.demoPatientId("D-0001");
    long exportsBefore = exportsOf(jordan, "PATIENT");

    HttpResponse<byte[]> download = PortalSession.signedIn("demo", "patient").download(PATH);

    assertEquals(200, download.statusCode());
    assertEquals("application/fhir+json", download.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    Bundle bundle = read(download);
    assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
    List<Patient> patients = resources(bundle, Patient.class);
    assertEquals(1, patients.size(), "one patient in the record");
    assertEquals(String.valueOf(jordan), patients.get(0).getIdPart());
    assertEquals("D-0001", patients.get(0).getIdentifierFirstRep().getValue());
    for (Observation observation : resources(bundle, Observation.class)) {
      assertEquals(
          "Patient/" + jordan, observation.getSubject().getReference(), observation.getId());
    }
    assertEquals(
        List.of(6, 3),
        resources(bundle, Observation.class).stream()
            .filter(each -> each.getIdPart().matches("assessment-\\d+-pain"))
            .filter(each -> each.getCode().getCodingFirstRep().getCode().equals("72514-3"))
            .map(each -> each.getValueIntegerType().getValue())
            .sorted((a, b) -> b - a)
            .toList(),
        "the two signed assessments' pain, coded by LOINC");
    CarePlan active =
        resources(bundle, CarePlan.class).stream()
            .filter(plan -> plan.getStatus() == CarePlan.CarePlanStatus.ACTIVE)
            .findFirst()
            .orElseThrow();
    assertEquals("Right QL release and core", active.getTitle());
    assertEquals(
        active.getActivity().size(),
        resources(bundle, ServiceRequest.class).stream()
            .filter(
                each ->
                    each.getBasedOnFirstRep()
                        .getReference()
                        .equals("CarePlan/" + active.getIdPart()))
            .count(),
        "a request for each exercise of the active plan");
    assertTrue(
        exportsOf(jordan, "PATIENT") > exportsBefore,
        "the patient's download is in the audit trail");

    Map<ResultSeverityEnum, List<String>> found = FhirValidation.validate(bundle);
    FhirValidation.report("Own record", bundle.getEntry().size(), found);
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.FATAL, List.of()));
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.ERROR, List.of()));
  }

  @Test
  void theClinicsStaffDownloadTheSameRecordFromTheChart() throws Exception {
    long jordan = PortalDatabase.demoPatientId("D-0001");
    for (String staff : List.of("therapist", "admin")) {
      String role = staff.equals("admin") ? "CLINIC_ADMIN" : "THERAPIST";
      long before = exportsOf(jordan, role);
      HttpResponse<byte[]> download =
          PortalSession.signedIn("demo", staff)
              .download("/therapist/patients/fhir-record?id=" + jordan);
      assertEquals(200, download.statusCode(), staff);
      assertEquals(
          "application/fhir+json", download.headers().firstValue("Content-Type").orElse(""));
      List<Patient> patients = resources(read(download), Patient.class);
      assertEquals(1, patients.size(), staff);
      assertEquals("D-0001", patients.get(0).getIdentifierFirstRep().getValue(), staff);
      assertTrue(exportsOf(jordan, role) > before, staff + "'s download is in the audit trail");
    }
  }

  @Test
  void anotherPatientGetsTheirOwnRecordAndStaffNone() throws Exception {
    long riley = PortalDatabase.demoPatientId("D-0002");
    Bundle own = read(PortalSession.signedIn("demo", "patient2").download(PATH));
    List<Patient> patients = resources(own, Patient.class);
    assertEquals(1, patients.size());
    assertEquals(String.valueOf(riley), patients.get(0).getIdPart());
    String text = FHIR.newJsonParser().encodeResourceToString(own);
    assertTrue(!text.contains("D-0001") && !text.contains("Jordan"), "nothing of Jordan's");

    for (String staff : List.of("therapist", "admin")) {
      HttpResponse<byte[]> refused = PortalSession.signedIn("demo", staff).download(PATH);
      assertTrue(refused.statusCode() >= 400, staff + " answered " + refused.statusCode());
      assertTrue(
          !new String(refused.body(), StandardCharsets.UTF_8).contains("resourceType"), staff);
    }
  }

  private static Bundle read(HttpResponse<byte[]> download) {
    return FHIR.newJsonParser()
        .parseResource(Bundle.class, new String(download.body(), StandardCharsets.UTF_8));
  }

  private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  /**
   * The record's downloads in the audit trail by people of a role. The page-access suite may
   * download the same record from another fork meanwhile, so a test asks for more, not one more.
   */
  private static long exportsOf(long patient, String role) throws SQLException {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select count(*) from audit_event where action = 'RECORD_EXPORTED'"
                    + " and patient_id = ? and actor_role = ?")) {
      query.setLong(1, patient);
      query.setString(2, role);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
