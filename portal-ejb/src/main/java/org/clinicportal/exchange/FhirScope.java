package org.clinicportal.exchange;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a FHIR client may be allowed to read: one SMART system scope per kind of resource the API
 * serves, each to read and search ({@code system/[type].rs}).
 */
public enum FhirScope {
  ORGANIZATION("Organization"),
  PRACTITIONER("Practitioner"),
  PATIENT("Patient"),
  CARE_PLAN("CarePlan"),
  SERVICE_REQUEST("ServiceRequest"),
  ACTIVITY_DEFINITION("ActivityDefinition"),
  OBSERVATION("Observation"),
  QUESTIONNAIRE_RESPONSE("QuestionnaireResponse"),
  FLAG("Flag");

  private final String resourceType;

  FhirScope(String resourceType) {
    this.resourceType = resourceType;
  }

  public String getResourceType() {
    return resourceType;
  }

  /** The scope as SMART writes it. */
  public String scope() {
    return "system/" + resourceType + ".rs";
  }

  /** The kind of resource of that FHIR name, if the API serves it. */
  public static Optional<FhirScope> ofResourceType(String resourceType) {
    return Arrays.stream(values())
        .filter(each -> each.resourceType.equals(resourceType))
        .findFirst();
  }

  /** Scopes as OAuth writes them: separated by spaces, here in a fixed order. */
  public static String asText(Collection<FhirScope> scopes) {
    return scopes.stream().sorted().map(FhirScope::scope).collect(Collectors.joining(" "));
  }

  /** The scopes of a text {@link #asText} wrote; words it did not write are left out. */
  public static Set<FhirScope> fromText(String text) {
    Set<FhirScope> scopes = EnumSet.noneOf(FhirScope.class);
    Arrays.stream(text.split(" ")).forEach(scope -> of(scope).ifPresent(scopes::add));
    return scopes;
  }

  /** The scope SMART writes so, if it is one the portal serves. */
  public static Optional<FhirScope> of(String scope) {
    return Arrays.stream(values()).filter(each -> each.scope().equals(scope)).findFirst();
  }
}
