package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The clinic's archive as its administrator downloads it: a ZIP of FHIR NDJSON files (every
 * resource valid FHIR R4), a CSV per kind of record and the running programs' handouts, holding the
 * demo clinic's patients; sent to no one else, and not to a request from another site.
 */
class ClinicArchiveIT {

  private static final String PATH = "/admin/clinic-archive";

  @Test
  void theAdministratorGetsEveryRecordOfTheClinicInOneZip() throws Exception {
    HttpResponse<byte[]> archive = PortalSession.signedIn("demo", "admin").download(PATH);

    assertEquals(200, archive.statusCode());
    assertEquals("application/zip", archive.headers().firstValue("Content-Type").orElse(""));
    Map<String, byte[]> entries = unzip(archive.body());
    assertTrue(entries.containsKey("README.txt"), entries.keySet().toString());
    String patients = text(entries, "csv/patients.csv");
    assertTrue(patients.startsWith("record_number,first_name,last_name,"), patients);
    assertTrue(patients.contains("D-0001,Jordan,Lee,"), patients);
    assertEquals(
        PortalDatabase.patientsOf("demo") + 1, patients.split("\r\n").length, "a row a patient");
    assertTrue(text(entries, "csv/programs.csv").contains("D-0001"));
    assertTrue(
        text(entries, "csv/trigger_points.csv").contains("QUADRATUS_LUMBORUM"),
        "the demo patient's palpated quadratus lumborum");
    assertTrue(
        entries.keySet().stream()
            .filter(name -> name.startsWith("handouts/"))
            .anyMatch(
                name ->
                    new String(entries.get(name), 0, 4, StandardCharsets.US_ASCII).equals("%PDF")),
        "the running program's handout");
    assertTrue(
        entries.keySet().stream()
            .filter(name -> name.startsWith("assessments/assessment-D-0001-"))
            .anyMatch(
                name ->
                    new String(entries.get(name), 0, 4, StandardCharsets.US_ASCII).equals("%PDF")),
        "the demo patient's signed assessments: " + entries.keySet());

    List<Resource> resources = new ArrayList<>();
    for (var entry : entries.entrySet()) {
      if (entry.getKey().startsWith("fhir/")) {
        for (String line : new String(entry.getValue(), StandardCharsets.UTF_8).lines().toList()) {
          resources.add((Resource) FhirValidation.FHIR.newJsonParser().parseResource(line));
        }
      }
    }
    assertTrue(text(entries, "fhir/Patient.ndjson").contains("D-0001"));
    Map<ResultSeverityEnum, List<String>> found =
        FhirValidation.validateAll("Clinic archive of the demo clinic", resources);
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.ERROR, List.of()));
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.FATAL, List.of()));
  }

  @Test
  void noOneElseGetsTheClinicsArchive() throws Exception {
    Map<String, HttpResponse<byte[]>> tries = new LinkedHashMap<>();
    tries.put(
        "therapist of the clinic", PortalSession.signedIn("demo", "therapist").download(PATH));
    tries.put("patient of the clinic", PortalSession.signedIn("demo", "patient").download(PATH));
    tries.put("no one signed in", PortalSession.anonymous().download(PATH));
    tries.put(
        "the administrator, from another site",
        PortalSession.signedIn("demo", "admin").download(PATH, "Sec-Fetch-Site", "cross-site"));
    HttpResponse<byte[]> theirs = PortalSession.signedIn("northside", "admin").download(PATH);
    assertEquals(200, theirs.statusCode(), "another clinic's administrator gets their own");
    tries.put("administrator of another clinic", theirs);

    List<String> leaks = new ArrayList<>();
    for (var attempt : tries.entrySet()) {
      String body = new String(attempt.getValue().body(), StandardCharsets.ISO_8859_1);
      boolean zip = body.startsWith("PK");
      String contents = zip ? String.join("", textsOf(unzip(attempt.getValue().body()))) : body;
      if (contents.contains("D-0001")
          || contents.contains("D-0002")
          || contents.contains("Riley")) {
        leaks.add(attempt.getKey() + " (" + attempt.getValue().statusCode() + ")");
      }
      if (!attempt.getKey().startsWith("administrator of another")) {
        assertFalse(zip, attempt.getKey() + " got an archive");
      }
    }
    System.out.printf("Clinic archive access: %d tries, %d leaks%n", tries.size(), leaks.size());
    assertEquals(List.of(), leaks);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static List<String> textsOf(Map<String, byte[]> entries) {
    return entries.values().stream()
        .map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1))
        .toList();
  }

  private static String text(Map<String, byte[]> entries, String name) {
    return new String(entries.get(name), StandardCharsets.UTF_8);
  }
}
