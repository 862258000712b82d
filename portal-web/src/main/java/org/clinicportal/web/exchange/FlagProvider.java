package org.clinicportal.web.exchange;

import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.Flag;

/** The alerts raised for a patient's therapist: active until acknowledged, coded by why. */
class FlagProvider extends PatientResourceProvider {

  FlagProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<Flag> getResourceType() {
    return Flag.class;
  }
}
