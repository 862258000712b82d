package org.clinicportal.exchange;

import java.util.Set;

/**
 * What a working access token lets its client do: read the resources of its scopes in its own
 * clinic. The audit trail names the client by its name.
 */
public record ClientGrant(
    long clinicId, String clientId, String clientName, Set<FhirScope> scopes) {

  public ClientGrant {
    scopes = Set.copyOf(scopes);
  }

  /** Whether the grant reaches resources of that FHIR type. */
  public boolean reaches(String resourceType) {
    return FhirScope.ofResourceType(resourceType).filter(scopes::contains).isPresent();
  }
}
