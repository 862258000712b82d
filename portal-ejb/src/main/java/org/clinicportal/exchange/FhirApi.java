package org.clinicportal.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.clinicportal.platform.Tenancy;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR API's reads, each for the bearer of an access token: the token is checked first and
 * names the clinic, its scopes must reach the kind of resource asked for (and, for a care plan's
 * requests brought along, requests too), and only then is the clinic's data read.
 */
@Stateless
public class FhirApi {

  @Inject private BackendTokens tokens;
  @Inject private Tenancy tenancy;
  @Inject private ClinicResources resources;

  /**
   * The resource of that type and id in the token's clinic; empty when the clinic has none.
   *
   * @throws ApiAccessException without a working token, or with one whose scopes miss the type
   */
  public Optional<Resource> read(String bearerToken, String resourceType, String id)
      throws ApiAccessException {
    ClientGrant grant = reaching(bearerToken, resourceType);
    return tenancy.callAsClinic(grant.clinicId(), () -> resources.read(grant, resourceType, id));
  }

  /**
   * A page of the matches in the token's clinic.
   *
   * @throws ApiAccessException without a working token, or with one whose scopes miss the type or
   *     the requests asked to come along
   */
  public SearchPage search(String bearerToken, ResourceSearch search) throws ApiAccessException {
    ClientGrant grant = reaching(bearerToken, search.resourceType());
    if (search.includeRequests() && !grant.reaches("ServiceRequest")) {
      throw ApiAccessException.outOfScope("ServiceRequest");
    }
    return tenancy.callAsClinic(grant.clinicId(), () -> resources.search(grant, search));
  }

  private ClientGrant reaching(String bearerToken, String resourceType) throws ApiAccessException {
    ClientGrant grant = tokens.grant(bearerToken);
    if (!grant.reaches(resourceType)) {
      throw ApiAccessException.outOfScope(resourceType);
    }
    return grant;
  }
}
