package org.clinicportal.web.exchange;

import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.ActivityDefinition;

/** The clinic's exercise library, each exercise with its steps, cautions and usual dosage. */
class ActivityDefinitionProvider extends WholeClinicProvider {

  ActivityDefinitionProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<ActivityDefinition> getResourceType() {
    return ActivityDefinition.class;
  }
}
