package org.clinicportal.http;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI FHIR's R4 validator as the tests run it: the core specification, the common code systems,
 * and the code systems and questionnaires the portal publishes (read from the portal), so that a
 * code of the portal's own that the portal does not define is an error, not a warning, and answers
 * are checked against their questions.
 */
final class FhirValidation {

  static final FhirContext FHIR = FhirContext.forR4();

  private static FhirValidator validator;

  private FhirValidation() {}

  /** What the validator says of a resource, by severity, each as "where: what". */
  static Map<ResultSeverityEnum, List<String>> validate(IBaseResource resource) {
    return validator().validateWithResult(resource).getMessages().stream()
        .collect(
            Collectors.groupingBy(
                SingleValidationMessage::getSeverity,
                Collectors.mapping(
                    message -> message.getLocationString() + ": " + message.getMessage(),
                    Collectors.toList())));
  }

  /**
   * The validator, built once for the test run: loading the core specification's profiles and
   * warming their snapshots costs seconds, which every validation would otherwise pay again.
   */
  private static synchronized FhirValidator validator() {
    if (validator == null) {
      PrePopulatedValidationSupport portal = new PrePopulatedValidationSupport(FHIR);
      portalCodeSystems().forEach(portal::addCodeSystem);
      ValidationSupportChain support =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(FHIR),
              portal,
              questionnairesOf(portalQuestionnaires()),
              new CommonCodeSystemsTerminologyService(FHIR),
              new InMemoryTerminologyServerValidationSupport(FHIR),
              new SnapshotGeneratingValidationSupport(FHIR));
      validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }
    return validator;
  }

  /** The code systems the portal publishes, read from its FHIR endpoint by no one signed in. */
  static List<CodeSystem> portalCodeSystems() {
    PortalSession anyone = PortalSession.anonymous();
    return List.of("measures", "profession", "alert", "exercise", "muscle", "trigger-point")
        .stream()
        .map(id -> anyone.get("/fhir/CodeSystem/" + id).body())
        .map(body -> FHIR.newJsonParser().parseResource(CodeSystem.class, body))
        .toList();
  }

  /** Answers the validator's look-ups of these questionnaires by their canonical address. */
  private static IValidationSupport questionnairesOf(List<Questionnaire> questionnaires) {
    return new IValidationSupport() {
      @Override
      public FhirContext getFhirContext() {
        return FHIR;
      }

      @Override
      public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
        if (type == null || !type.isAssignableFrom(Questionnaire.class)) {
          return null;
        }
        return questionnaires.stream()
            .filter(questionnaire -> questionnaire.getUrl().equals(url))
            .findFirst()
            .map(type::cast)
            .orElse(null);
      }
    };
  }

  /** The questionnaires the portal publishes, read from its FHIR endpoint by no one signed in. */
  static List<Questionnaire> portalQuestionnaires() {
    PortalSession anyone = PortalSession.anonymous();
    return List.of("safety-check", "functional-scale").stream()
        .map(id -> anyone.get("/fhir/Questionnaire/" + id).body())
        .map(body -> FHIR.newJsonParser().parseResource(Questionnaire.class, body))
        .toList();
  }

  /**
   * Validates each resource with the portal's code systems and questionnaires, prints the report
   * and answers what was found, by severity.
   */
  static Map<ResultSeverityEnum, List<String>> validateAll(
      String what, List<? extends IBaseResource> resources) {
    Map<ResultSeverityEnum, List<String>> found = new EnumMap<>(ResultSeverityEnum.class);
    for (IBaseResource resource : resources) {
      validate(resource)
          .forEach(
              (severity, messages) ->
                  found.computeIfAbsent(severity, any -> new ArrayList<>()).addAll(messages));
    }
    report(what, resources.size(), found);
    return found;
  }

  /** Prints the count of each severity and each distinct warning with how often it came. */
  static void report(String what, int resources, Map<ResultSeverityEnum, List<String>> found) {
    System.out.printf(
        "%s as FHIR R4: %d resources, %d errors, %d warnings, %d notes%n",
        what,
        resources,
        found.getOrDefault(ResultSeverityEnum.ERROR, List.of()).size(),
        found.getOrDefault(ResultSeverityEnum.WARNING, List.of()).size(),
        found.getOrDefault(ResultSeverityEnum.INFORMATION, List.of()).size());
    found.getOrDefault(ResultSeverityEnum.WARNING, List.of()).stream()
        .map(warning -> warning.substring(warning.indexOf(": ") + 2))
        .collect(Collectors.groupingBy(warning -> warning, Collectors.counting()))
        .forEach((warning, times) -> System.out.printf("  warning ×%d: %s%n", times, warning));
  }
}
