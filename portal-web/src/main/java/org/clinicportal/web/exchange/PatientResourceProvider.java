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

/** A kind of a patient's resource searched by the patient, and by status and {@code _id}. */
abstract class PatientResourceProvider extends ClinicResourceProvider {

  PatientResourceProvider(FhirApi api) {
    super(api);
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = "patient") ReferenceParam patient,
      @OptionalParam(name = "_id") TokenParam id,
      @OptionalParam(name = "status") TokenOrListParam status,
      @Offset Integer offset,
      @Count Integer count,
      HttpServletRequest request) {
    return search(request, search(id, patient, offset, count).withStatuses(statuses(status)));
  }
}
