package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.servlet.http.HttpServletRequest;
import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.Observation;

/**
 * A patient's measures: pain, the Oswestry index and the functional scale from signed assessments
 * and questionnaires, and pain and effort from the journal; by code, date and status.
 */
class ObservationProvider extends ClinicResourceProvider {

  ObservationProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = "_id") TokenParam id,
      @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
      @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
      @OptionalParam(name = Observation.SP_STATUS) TokenOrListParam status,
      @Offset Integer offset,
      @Count Integer count,
      HttpServletRequest request) {
    return search(
        request,
        search(id, patient, offset, count)
            .withCodes(codes(code))
            .within(from(date), before(date))
            .withStatuses(statuses(status)));
  }
}
