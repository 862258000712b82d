package org.clinicportal.web.exchange;

import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.Practitioner;

/** The clinic's therapists, each with the profession they practise. */
class PractitionerProvider extends WholeClinicProvider {

  PractitionerProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<Practitioner> getResourceType() {
    return Practitioner.class;
  }
}
