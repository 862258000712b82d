package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/**
 * The portal's FHIR endpoint over plain HTTP, read by no one signed in: a capability statement that
 * lists exactly what the endpoint serves, the portal's own code systems (each valid FHIR R4 and
 * holding every code the portal's records use), and for anything else an OperationOutcome that
 * names no patient and shows no trace.
 */
class FhirEndpointIT {

  private static final Pattern TRACE =
      Pattern.compile("\\w+Exception:|Caused by|\\sat (org|java|jakarta|com|ca)\\.|Payara");

  private final PortalSession anyone = PortalSession.anonymous();

  @Test
  void theCapabilityStatementListsExactlyWhatIsServed() {
    PortalSession.Page metadata = anyone.get("/fhir/metadata");

    assertEquals(200, metadata.status());
    assertTrue(
        metadata
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/fhir+json"));
    CapabilityStatement statement =
        FhirValidation.FHIR
            .newJsonParser()
            .parseResource(CapabilityStatement.class, metadata.body());
    assertEquals("4.0.1", statement.getFhirVersion().toCode());
    Map<String, Set<String>> served =
        statement.getRestFirstRep().getResource().stream()
            .collect(
                Collectors.toMap(
                    resource -> resource.getType(),
                    resource ->
                        resource.getInteraction().stream()
                            .map(each -> each.getCode().toCode())
                            .collect(Collectors.toSet())));
    Set<String> readAndSearch = Set.of("read", "search-type");
    assertEquals(
        Map.ofEntries(
            Map.entry("CodeSystem", Set.of("read")),
            Map.entry("Questionnaire", Set.of("read")),
            Map.entry("OperationDefinition", Set.of("read")),
            Map.entry("Organization", readAndSearch),
            Map.entry("Practitioner", readAndSearch),
            Map.entry("ActivityDefinition", readAndSearch),
            Map.entry("Patient", readAndSearch),
            Map.entry("CarePlan", readAndSearch),
            Map.entry("ServiceRequest", readAndSearch),
            Map.entry("Observation", readAndSearch),
            Map.entry("QuestionnaireResponse", readAndSearch),
            Map.entry("Flag", readAndSearch),
            Map.entry("Group", Set.of())),
        served,
        "the portal's code systems, HAPI's own reading of the operations it defines, the"
            + " clinic's resources, and groups for their export alone");
    assertEquals(
        List.of("export"),
        statement.getRestFirstRep().getOperation().stream().map(op -> op.getName()).toList(),
        "the clinic's export");
    for (String type : List.of("Patient", "Group")) {
      assertTrue(
          statement.getRestFirstRep().getResource().stream()
              .filter(resource -> resource.getType().equals(type))
              .flatMap(resource -> resource.getOperation().stream())
              .anyMatch(op -> op.getName().equals("export")),
          type + " exports");
    }
    assertValid("Capability statement", statement);
    assertTrue(
        statement.getFormat().stream().anyMatch(format -> format.getValue().contains("xml")),
        "it offers XML too");
    PortalSession.Page asXml = anyone.get("/fhir/metadata?_format=xml");
    assertEquals(200, asXml.status());
    assertEquals(
        statement.getRestFirstRep().getResource().size(),
        FhirValidation.FHIR
            .newXmlParser()
            .parseResource(CapabilityStatement.class, asXml.body())
            .getRestFirstRep()
            .getResource()
            .size(),
        "the same statement in XML");
  }

  @Test
  void thePortalsCodeSystemsHoldEveryCodeItsRecordsUse() {
    List<CodeSystem> published = FhirValidation.portalCodeSystems();

    CodeSystem measures = published.get(0);
    assertTrue(measures.getUrl().endsWith("/portal/fhir/CodeSystem/measures"), measures.getUrl());
    assertEquals(
        Set.of("psfs-mean", "session-effort", "before-session", "after-session"),
        measures.getConcept().stream()
            .map(CodeSystem.ConceptDefinitionComponent::getCode)
            .collect(Collectors.toSet()));
    assertEquals(
        Set.of("CHIROPRACTOR", "PHYSICAL_THERAPIST", "MASSAGE_THERAPIST"),
        published.get(1).getConcept().stream()
            .map(CodeSystem.ConceptDefinitionComponent::getCode)
            .collect(Collectors.toSet()));
    assertEquals(
        Set.of("SAFETY", "WORSENING", "NO_PROGRESS", "SILENCE"),
        published.get(2).getConcept().stream()
            .map(CodeSystem.ConceptDefinitionComponent::getCode)
            .collect(Collectors.toSet()));
    assertTrue(published.get(3).getConcept().size() >= 10, "the guide's routines");
    assertTrue(
        published.get(4).getConcept().stream()
            .anyMatch(muscle -> muscle.getCode().equals("QUADRATUS_LUMBORUM")));
    assertTrue(
        published.get(5).getConcept().stream()
            .map(CodeSystem.ConceptDefinitionComponent::getCode)
            .collect(Collectors.toSet())
            .containsAll(Set.of("myofascial-trigger-point", "taut-band", "active", "latent")));
    for (CodeSystem codeSystem : published) {
      assertValid("Code system " + codeSystem.getIdPart(), codeSystem);
    }
    for (var questionnaire : FhirValidation.portalQuestionnaires()) {
      assertValid("Questionnaire " + questionnaire.getIdPart(), questionnaire);
    }
  }

  @Test
  void anythingElseIsAnOutcomeWithoutATraceOrARecord() {
    for (String path :
        List.of(
            "/fhir/CodeSystem/unknown",
            "/fhir/Patient/1",
            "/fhir/Observation?patient=1",
            "/fhir/CodeSystem?_id=measures",
            "/fhir/")) {
      PortalSession.Page answer = anyone.get(path);
      assertTrue(answer.status() >= 400 && answer.status() < 500, path + ": " + answer.status());
      assertFalse(TRACE.matcher(answer.body()).find(), path + ": " + answer.body());
      assertFalse(answer.body().contains("D-0001"), path);
      assertTrue(
          answer
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/fhir+json"),
          path);
      OperationOutcome outcome =
          FhirValidation.FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.body());
      assertFalse(outcome.getIssue().isEmpty(), path);
    }
    PortalSession.Page climbing = anyone.get("/fhir/CodeSystem/..%2F..%2Fmetadata");
    assertEquals(404, climbing.status(), "an encoded slash never reaches the endpoint");
    assertFalse(TRACE.matcher(climbing.body()).find(), climbing.body());
    PortalSession.Page written =
        anyone.api(
            "POST",
            "/fhir/CodeSystem",
            "{\"resourceType\":\"CodeSystem\"}",
            "Content-Type",
            "application/fhir+json");
    assertTrue(written.status() >= 400 && written.status() < 500, "a write: " + written.status());
    assertFalse(TRACE.matcher(written.body()).find(), written.body());
  }

  private static void assertValid(
      String what, org.hl7.fhir.instance.model.api.IBaseResource resource) {
    Map<ResultSeverityEnum, List<String>> found = FhirValidation.validate(resource);
    FhirValidation.report(what, 1, found);
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.FATAL, List.of()), what);
    assertEquals(List.of(), found.getOrDefault(ResultSeverityEnum.ERROR, List.of()), what);
  }
}
