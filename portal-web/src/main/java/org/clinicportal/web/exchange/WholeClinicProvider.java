package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.servlet.http.HttpServletRequest;
import org.clinicportal.exchange.FhirApi;

/**
 * A kind of resource searched across the whole clinic, by {@code _id} alone, a page at a time: the
 * clinic itself, its therapists, its patients.
 */
abstract class WholeClinicProvider extends ClinicResourceProvider {

  WholeClinicProvider(FhirApi api) {
    super(api);
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = "_id") TokenParam id,
      @Offset Integer offset,
      @Count Integer count,
      HttpServletRequest request) {
    return search(request, search(id, null, offset, count));
  }
}
