package org.clinicportal.web.exchange;

import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.Organization;

/** The token's clinic, the one organization a client sees. */
class OrganizationProvider extends WholeClinicProvider {

  OrganizationProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<Organization> getResourceType() {
    return Organization.class;
  }
}
