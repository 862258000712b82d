package org.clinicportal.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import org.clinicportal.platform.ClinicOwned;

/**
 * An access token handed to a FHIR client, kept only as the SHA-256 of the token: the scopes it
 * grants and the moment it stops working. A token of a client revoked since stops at once.
 */
@Entity
@Table(name = "fhir_access_token")
@NamedQuery(
    name = "FhirAccessToken.byHash",
    query = "select t from FhirAccessToken t join fetch t.client where t.tokenHash = :hash")
@NamedQuery(
    name = "FhirAccessToken.deleteExpired",
    query = "delete from FhirAccessToken t where t.client = :client and t.expiresAt < :now")
public class FhirAccessToken extends ClinicOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client", nullable = false, updatable = false)
  private FhirClient client;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(nullable = false, updatable = false, length = 1000)
  private String scopes;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  protected FhirAccessToken() {}

  /**
   * A token issued now to a client in good standing, for scopes the client is allowed.
   *
   * @throws IllegalArgumentException for a revoked client, no scope, a scope the client is not
   *     allowed, or an expiry not after the issue
   */
  FhirAccessToken(
      FhirClient client,
      String tokenHash,
      Set<FhirScope> scopes,
      OffsetDateTime issuedAt,
      OffsetDateTime expiresAt) {
    if (client.isRevoked()) {
      throw new IllegalArgumentException("A revoked client gets no token");
    }
    if (scopes.isEmpty() || !client.scopes().containsAll(scopes)) {
      throw new IllegalArgumentException("A token grants some of the client's scopes, no others");
    }
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("A token expires after it is issued");
    }
    this.client = client;
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.scopes = FhirScope.asText(scopes);
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** Whether the token still works at that moment: not expired, and its client not revoked. */
  boolean worksAt(OffsetDateTime now) {
    return now.isBefore(expiresAt) && !client.isRevoked();
  }

  public FhirClient getClient() {
    return client;
  }

  public Set<FhirScope> scopes() {
    return FhirScope.fromText(scopes);
  }
}
