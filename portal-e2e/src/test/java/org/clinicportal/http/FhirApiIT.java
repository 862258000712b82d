package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR API as partner software reads it over HTTP with SMART Backend Services: a token from a
 * signed assertion reads the clinic's patients a page at a time, and a patient's care plans with
 * their requests, measures, therapists and clinic, every resource valid FHIR R4; and every way in
 * without the right token is refused, each probe made after the rightful client made it.
 */
class FhirApiIT {

  private static final Pattern TRACE =
      Pattern.compile("\\w+Exception:|Caused by|\\sat (org|java|jakarta|com|ca)\\.|Payara");
  private static final String ALL = "system/*.rs";

  private static SmartBackendClient demo;
  private static long jordan;

  @BeforeAll
  static void registerAClient() throws Exception {
    demo =
        SmartBackendClient.registeredIn(
            "demo",
            "system/Organization.rs system/Practitioner.rs system/ActivityDefinition.rs"
                + " system/Patient.rs system/CarePlan.rs"
                + " system/ServiceRequest.rs system/Observation.rs system/QuestionnaireResponse.rs"
                + " system/Flag.rs");
    jordan = PortalDatabase.demoPatientId("D-0001");
  }

  @Test
  void aTokenReadsTheClinicsRecordsAndEveryResourceIsValid() {
    PortalSession.Page written =
        PortalSession.signedIn("demo", "patient")
            .api(
                "POST",
                "/api/patient/journal",
                "{\"key\":\""
                    + UUID.randomUUID()
                    + "\",\"painBefore\":4,\"painAfter\":5,\"effort\":6,\"note\":\"\","
                    + "\"saddleNumbness\":false,\"bladderOrBowel\":false,\"legWeakness\":true,"
                    + "\"fever\":false}");
    assertEquals(200, written.status(), "a journal entry with a safety yes: " + written.body());
    String token = demo.token(ALL);

    Bundle firstPage = bundle(read("/fhir/Patient?_count=1", token));
    assertEquals(Bundle.BundleType.SEARCHSET, firstPage.getType());
    assertEquals(1, firstPage.getEntry().size());
    assertTrue(firstPage.getTotal() > 1, "the demo clinic has more than one patient");
    String next = firstPage.getLink(Bundle.LINK_NEXT).getUrl();
    assertTrue(next.contains("_offset=1") && next.contains("_count=1"), next);
    Bundle secondPage = bundle(read(next.substring(next.indexOf("/fhir")), token));
    assertFalse(
        secondPage
            .getEntryFirstRep()
            .getResource()
            .getIdElement()
            .getIdPart()
            .equals(firstPage.getEntryFirstRep().getResource().getIdElement().getIdPart()),
        "the next page holds the next patient");
    Bundle capped = bundle(read("/fhir/Patient?_count=1000000", token));
    assertTrue(capped.getEntry().size() <= 100, "at most 100 to a page");

    Patient patient =
        FhirValidation.FHIR
            .newJsonParser()
            .parseResource(Patient.class, read("/fhir/Patient/" + jordan, token).body());
    assertEquals("D-0001", patient.getIdentifierFirstRep().getValue());
    Bundle plans =
        bundle(
            read(
                "/fhir/CarePlan?patient=Patient/"
                    + jordan
                    + "&_include=CarePlan:activity-reference",
                token));
    List<Resource> matches = resources(plans, Bundle.SearchEntryMode.MATCH);
    List<Resource> included = resources(plans, Bundle.SearchEntryMode.INCLUDE);
    assertTrue(!matches.isEmpty() && matches.stream().allMatch(CarePlan.class::isInstance));
    assertTrue(!included.isEmpty() && included.stream().allMatch(ServiceRequest.class::isInstance));
    Bundle pain =
        bundle(
            read(
                "/fhir/Observation?patient=" + jordan + "&code=http://loinc.org%7C72514-3", token));
    assertFalse(pain.getEntry().isEmpty(), "the demo patient's pain");
    assertTrue(
        resources(pain, Bundle.SearchEntryMode.MATCH).stream()
            .map(Observation.class::cast)
            .allMatch(each -> each.getCode().getCodingFirstRep().getCode().equals("72514-3")));
    assertEquals(
        0,
        bundle(read("/fhir/Observation?patient=" + jordan + "&date=ge2999-01-01", token))
            .getEntry()
            .size());

    List<String> answers =
        resources(
                bundle(read("/fhir/QuestionnaireResponse?patient=" + jordan, token)),
                Bundle.SearchEntryMode.MATCH)
            .stream()
            .map(answer -> answer.getIdElement().getIdPart())
            .toList();
    assertTrue(
        answers.stream().anyMatch(id -> id.endsWith("-oswestry-answers"))
            && answers.stream().anyMatch(id -> id.endsWith("-psfs-answers"))
            && answers.stream().anyMatch(id -> id.endsWith("-safety")),
        "the answers behind the scores and the journal's: " + answers);
    List<Resource> everything = new ArrayList<>(List.of(patient));
    everything.addAll(matches);
    everything.addAll(included);
    everything.addAll(resources(pain, Bundle.SearchEntryMode.MATCH));
    for (String search :
        List.of(
            "/fhir/Observation?patient=" + jordan,
            "/fhir/Observation?patient=" + jordan + "&code=myofascial-trigger-point",
            "/fhir/ServiceRequest?patient=" + jordan + "&status=active",
            "/fhir/QuestionnaireResponse?patient=" + jordan,
            "/fhir/Flag?patient=" + jordan + "&status=active",
            "/fhir/Practitioner",
            "/fhir/ActivityDefinition?_count=100",
            "/fhir/Organization")) {
      List<Resource> found = resources(bundle(read(search, token)), Bundle.SearchEntryMode.MATCH);
      assertFalse(found.isEmpty(), search);
      everything.addAll(found);
    }
    Map<ResultSeverityEnum, List<String>> found =
        FhirValidation.validateAll("Resources read through the API", everything);
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.FATAL, List.of()));
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.ERROR, List.of()));
  }

  @Test
  void theCapabilityStatementListsTheClinicalResourcesWithTheirSearches() {
    CapabilityStatement statement =
        FhirValidation.FHIR
            .newJsonParser()
            .parseResource(
                CapabilityStatement.class, PortalSession.anonymous().get("/fhir/metadata").body());
    CapabilityStatement.CapabilityStatementRestResourceComponent observations =
        statement.getRestFirstRep().getResource().stream()
            .filter(resource -> resource.getType().equals("Observation"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("_id", "code", "date", "patient", "status"),
        observations.getSearchParam().stream()
            .map(CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent::getName)
            .sorted()
            .toList());
  }

  @Test
  void everyWayInWithoutTheRightTokenIsRefused() throws Exception {
    List<String> leaks = new ArrayList<>();
    int probes = 0;
    String patientPath = "/fhir/Patient/" + jordan;
    String token = demo.token(ALL);
    assertEquals(200, read(patientPath, token).status(), "the rightful client first");

    PortalSession.Page none =
        PortalSession.anonymous().api("GET", patientPath, null, "Accept", "application/fhir+json");
    probes += refused(none, 401, leaks, "no token");
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    for (String username : List.of("admin", "therapist", "patient")) {
      PortalSession signedIn = PortalSession.signedIn("demo", username);
      probes +=
          refused(
              signedIn.api("GET", patientPath, null, "Accept", "application/fhir+json"),
              401,
              leaks,
              "a session of " + username);
    }

    SmartBackendClient northside =
        SmartBackendClient.registeredIn("northside", "system/Patient.rs system/Observation.rs");
    long theirs = PortalDatabase.firstPatientOf("northside");
    String theirToken = northside.token(ALL);
    PortalSession.Page ownRead = read("/fhir/Patient/" + theirs, theirToken);
    assertEquals(200, ownRead.status(), "their own client");
    String family =
        FhirValidation.FHIR
            .newJsonParser()
            .parseResource(Patient.class, ownRead.body())
            .getNameFirstRep()
            .getFamily();
    PortalSession.Page across = read("/fhir/Patient/" + theirs, token);
    probes += refused(across, 404, leaks, "another clinic's patient");
    assertFalse(across.body().contains(family), "nothing of the patient in the answer");
    PortalSession.Page theirMeasures = read("/fhir/Observation?patient=" + theirs, token);
    probes++;
    if (bundle(theirMeasures).getTotal() != 0 || !bundle(theirMeasures).getEntry().isEmpty()) {
      leaks.add("another clinic's measures");
    }

    SmartBackendClient narrow = SmartBackendClient.registeredIn("demo", "system/Patient.rs");
    String narrowToken = narrow.token("system/Patient.rs");
    assertEquals(200, read(patientPath, narrowToken).status());
    probes +=
        refused(
            read("/fhir/Observation?patient=" + jordan, narrowToken),
            403,
            leaks,
            "a scope too narrow");

    SmartBackendClient expiring = SmartBackendClient.registeredIn("demo", "system/Patient.rs");
    String expiringToken = expiring.token(ALL);
    assertEquals(200, read(patientPath, expiringToken).status());
    expiring.expireTokens();
    probes += refused(read(patientPath, expiringToken), 401, leaks, "an expired token");

    SmartBackendClient revoked = SmartBackendClient.registeredIn("demo", "system/Patient.rs");
    String revokedToken = revoked.token(ALL);
    assertEquals(200, read(patientPath, revokedToken).status());
    revoked.revoke();
    probes += refused(read(patientPath, revokedToken), 401, leaks, "a token of a revoked client");
    probes +=
        refused(
            revoked.requestToken(revoked.assertion(), ALL), 401, leaks, "a revoked client asking");

    probes +=
        refused(
            demo.requestToken(demo.assertionSignedByAnotherKey(), ALL),
            401,
            leaks,
            "a wrong signature");
    String once = demo.assertion();
    assertEquals(200, demo.requestToken(once, ALL).status());
    probes += refused(demo.requestToken(once, ALL), 401, leaks, "a reused assertion");
    probes += refused(read(patientPath, token + "x"), 401, leaks, "a changed token");

    System.out.printf("FHIR API access: %d probes, %d leaks%n", probes, leaks.size());
    assertEquals(List.of(), leaks);
  }

  @Test
  void badSearchesAreAnsweredWithAnOutcomeAndNoTrace() {
    String token = demo.token(ALL);
    for (String path :
        List.of(
            "/fhir/Observation?patient=" + jordan + "&date=notadate",
            "/fhir/Observation",
            "/fhir/Patient?_count=abc",
            "/fhir/Banana/1",
            "/fhir/Observation/assessment-999999999-pain",
            "/fhir/CarePlan/not-a-number")) {
      PortalSession.Page answer = read(path, token);
      assertTrue(answer.status() >= 400 && answer.status() < 500, path + ": " + answer.status());
      assertFalse(TRACE.matcher(answer.body()).find(), path + ": " + answer.body());
      assertFalse(
          FhirValidation.FHIR
              .newJsonParser()
              .parseResource(OperationOutcome.class, answer.body())
              .getIssue()
              .isEmpty(),
          path);
    }
  }

  private static int refused(
      PortalSession.Page answer, int status, List<String> leaks, String probe) {
    if (answer.status() != status
        || answer.body().contains("D-0001")
        || TRACE.matcher(answer.body()).find()) {
      leaks.add(probe + " (" + answer.status() + ")");
    }
    return 1;
  }

  private static PortalSession.Page read(String path, String token) {
    return PortalSession.anonymous()
        .api(
            "GET",
            path,
            null,
            "Accept",
            "application/fhir+json",
            "Authorization",
            "Bearer " + token);
  }

  private static Bundle bundle(PortalSession.Page page) {
    assertEquals(200, page.status(), page.body());
    return FhirValidation.FHIR.newJsonParser().parseResource(Bundle.class, page.body());
  }

  private static List<Resource> resources(Bundle bundle, Bundle.SearchEntryMode mode) {
    Predicate<Bundle.BundleEntryComponent> ofMode = entry -> entry.getSearch().getMode() == mode;
    return bundle.getEntry().stream()
        .filter(ofMode)
        .map(Bundle.BundleEntryComponent::getResource)
        .toList();
  }
}
