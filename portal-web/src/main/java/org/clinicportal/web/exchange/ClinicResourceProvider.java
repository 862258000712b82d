package org.clinicportal.web.exchange;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicportal.exchange.ApiAccessException;
import org.clinicportal.exchange.FhirApi;
import org.clinicportal.exchange.ResourceSearch;
import org.clinicportal.exchange.SearchPage;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Serves one kind of a clinic's resources through HAPI: reads here, searches in each subclass. The
 * bearer token travels to {@link FhirApi} untouched, which decides everything; this class only
 * turns its answers into HTTP: no working token 401, a scope too narrow 403, nothing found 404.
 */
abstract class ClinicResourceProvider implements IResourceProvider {

  private final FhirApi api;

  ClinicResourceProvider(FhirApi api) {
    this.api = api;
  }

  @Read
  public IBaseResource read(@IdParam IdType id, HttpServletRequest request) {
    return call(() -> api.read(ApiAnswers.bearer(request), type(), id.getIdPart()))
        .orElseThrow(() -> new ResourceNotFoundException(id.toUnqualifiedVersionless()));
  }

  /** The matches of a search as one page, with the resources they brought along. */
  IBundleProvider search(HttpServletRequest request, ResourceSearch search) {
    SearchPage page = call(() -> api.search(ApiAnswers.bearer(request), search));
    List<IBaseResource> entries = new ArrayList<>();
    for (Resource match : page.matches()) {
      ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(match, BundleEntrySearchModeEnum.MATCH);
      entries.add(match);
    }
    for (Resource included : page.included()) {
      ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(included, BundleEntrySearchModeEnum.INCLUDE);
      entries.add(included);
    }
    return new OnePage(entries, page.total(), search.offset(), search.count());
  }

  /** A search of this kind of resource from its common parameters. */
  ResourceSearch search(TokenParam id, ReferenceParam patient, Integer offset, Integer count) {
    return ResourceSearch.of(
        type(),
        Optional.ofNullable(id).map(TokenParam::getValue),
        patientOf(patient),
        offset == null ? 0 : offset,
        count == null ? ResourceSearch.DEFAULT_COUNT : count);
  }

  static Set<String> codes(TokenOrListParam codes) {
    if (codes == null) {
      return Set.of();
    }
    return codes.getValuesAsQueryTokens().stream()
        .map(
            code ->
                code.getSystem() == null
                    ? code.getValue()
                    : code.getSystem() + "|" + code.getValue())
        .collect(Collectors.toSet());
  }

  static Set<String> statuses(TokenOrListParam statuses) {
    if (statuses == null) {
      return Set.of();
    }
    return statuses.getValuesAsQueryTokens().stream()
        .map(TokenParam::getValue)
        .map(status -> status.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  static Optional<Instant> from(DateRangeParam dates) {
    return dates == null || dates.getLowerBoundAsInstant() == null
        ? Optional.empty()
        : Optional.of(dates.getLowerBoundAsInstant().toInstant());
  }

  static Optional<Instant> before(DateRangeParam dates) {
    return dates == null || dates.getUpperBoundAsInstant() == null
        ? Optional.empty()
        : Optional.of(dates.getUpperBoundAsInstant().toInstant().plusMillis(1));
  }

  /**
   * The patient a reference names, as {@code 123} or {@code Patient/123}; a reference to anything
   * else, or an id that is not a number, names no patient of the portal.
   */
  private static Optional<Long> patientOf(ReferenceParam patient) {
    if (patient == null
        || (patient.getResourceType() != null && !patient.getResourceType().equals("Patient"))
        || !patient.getIdPart().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.valueOf(patient.getIdPart()));
  }

  private String type() {
    return getResourceType().getSimpleName();
  }

  private static <T> T call(ApiCall<T> call) {
    try {
      return call.run();
    } catch (ApiAccessException refused) {
      throw ApiAnswers.refusal(refused);
    }
  }

  @FunctionalInterface
  private interface ApiCall<T> {
    T run() throws ApiAccessException;
  }

  /**
   * One page of matches and what they included. HAPI writes the links to the pages before and after
   * it from the offset and size given here, so the size in them is the one the portal used (at most
   * {@link ResourceSearch#MAX_COUNT}), whatever the client asked.
   */
  private static final class OnePage extends SimpleBundleProvider {

    private final boolean more;

    OnePage(List<IBaseResource> entries, int total, int offset, int count) {
      super(entries);
      setSize(total);
      setCurrentPageOffset(offset);
      setCurrentPageSize(count);
      this.more = count > 0 && offset + count < total;
    }

    @Override
    public String getNextPageId() {
      return more ? "next" : null;
    }

    @Override
    public String getPreviousPageId() {
      return getCurrentPageOffset() > 0 ? "previous" : null;
    }
  }
}
