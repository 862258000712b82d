package org.clinicportal.exchange;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A FHIR client as the clinic's administrators see it: who it is, what it may read, when it was
 * registered and by whom, when it was last used, and whether it was revoked.
 */
public record FhirClientSummary(
    long id,
    long version,
    String clientId,
    String name,
    List<String> scopes,
    OffsetDateTime registeredAt,
    String registeredBy,
    OffsetDateTime lastUsedAt,
    OffsetDateTime revokedAt)
    implements Serializable {

  static FhirClientSummary of(FhirClient client) {
    return new FhirClientSummary(
        client.getId(),
        client.getVersion(),
        client.getClientId(),
        client.getName(),
        client.scopes().stream().map(FhirScope::scope).toList(),
        client.getRegisteredAt(),
        client.getRegisteredBy().getDisplayName(),
        client.getLastUsedAt(),
        client.getRevokedAt());
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
