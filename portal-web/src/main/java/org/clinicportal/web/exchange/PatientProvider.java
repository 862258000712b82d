package org.clinicportal.web.exchange;

import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.Patient;

/** The clinic's patients, archived ones marked inactive. */
class PatientProvider extends WholeClinicProvider {

  PatientProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }
}
