package org.clinicportal.exchange;

import java.util.Arrays;
import java.util.Optional;

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

  /** The scope SMART writes so, if it is one the portal serves. */
  public static Optional<FhirScope> of(String scope) {
    return Arrays.stream(values()).filter(each -> each.scope().equals(scope)).findFirst();
  }
}
