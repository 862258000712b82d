package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.servlet.http.HttpServletRequest;
import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.ServiceRequest;

/** A patient's dosed exercises, a request each, with the dosage as its timing. */
class ServiceRequestProvider extends ClinicResourceProvider {

  ServiceRequestProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<ServiceRequest> getResourceType() {
    return ServiceRequest.class;
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = "_id") TokenParam id,
      @OptionalParam(name = ServiceRequest.SP_CODE) TokenOrListParam code,
      @OptionalParam(name = ServiceRequest.SP_STATUS) TokenOrListParam status,
      @Offset Integer offset,
      @Count Integer count,
      HttpServletRequest request) {
    return search(
        request,
        search(id, patient, offset, count).withCodes(codes(code)).withStatuses(statuses(status)));
  }
}
