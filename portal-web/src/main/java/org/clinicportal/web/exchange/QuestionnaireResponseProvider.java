package org.clinicportal.web.exchange;

import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/** A patient's answers to the safety questions of each journal entry. */
class QuestionnaireResponseProvider extends PatientResourceProvider {

  QuestionnaireResponseProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<QuestionnaireResponse> getResourceType() {
    return QuestionnaireResponse.class;
  }
}
