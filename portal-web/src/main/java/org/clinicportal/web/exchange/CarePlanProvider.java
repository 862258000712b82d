package org.clinicportal.web.exchange;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.clinicportal.exchange.FhirApi;
import org.hl7.fhir.r4.model.CarePlan;

/**
 * A patient's home programs, a care plan per version that ran, each with its dosed exercises as
 * requests that {@code _include=CarePlan:activity-reference} brings along.
 */
class CarePlanProvider extends ClinicResourceProvider {

  static final String ACTIVITIES = "CarePlan:activity-reference";

  CarePlanProvider(FhirApi api) {
    super(api);
  }

  @Override
  public Class<CarePlan> getResourceType() {
    return CarePlan.class;
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = "_id") TokenParam id,
      @OptionalParam(name = CarePlan.SP_STATUS) TokenOrListParam status,
      @IncludeParam(allow = ACTIVITIES) Set<Include> includes,
      @Offset Integer offset,
      @Count Integer count,
      HttpServletRequest request) {
    return search(
        request,
        search(id, patient, offset, count)
            .withStatuses(statuses(status))
            .includingRequests(
                includes != null
                    && includes.stream()
                        .anyMatch(include -> include.getValue().equals(ACTIVITIES))));
  }
}
