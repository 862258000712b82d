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
import org.clinicportal.security.UserAccount;

/**
 * Software a clinic lets read its records through the FHIR API by SMART Backend Services: its name,
 * the client id the portal gave it, the public keys it signs with and the scopes it may ask for.
 * Revoking it is final; a client that needs access again is registered anew.
 */
@Entity
@Table(name = "fhir_client")
@NamedQuery(
    name = "FhirClient.ofClinic",
    query = "select c from FhirClient c order by c.registeredAt desc, c.id desc")
@NamedQuery(
    name = "FhirClient.byClientId",
    query = "select c from FhirClient c where c.clientId = :clientId")
public class FhirClient extends ClinicOwned {

  public static final int MAX_NAME = 100;

  @Column(name = "client_id", nullable = false, updatable = false, length = 100)
  private String clientId;

  @Column(nullable = false, updatable = false, length = MAX_NAME)
  private String name;

  @Column(name = "public_keys", nullable = false, updatable = false)
  private String publicKeys;

  @Column(nullable = false, updatable = false, length = 1000)
  private String scopes;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "registered_by", nullable = false, updatable = false)
  private UserAccount registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private OffsetDateTime registeredAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "revoked_by")
  private UserAccount revokedBy;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  protected FhirClient() {}

  /**
   * A client registered now with keys already checked (see {@link ClientKeys}) and at least one
   * scope.
   *
   * @throws IllegalArgumentException without a name, with one too long, or without a scope
   */
  FhirClient(
      String clientId,
      String name,
      String publicKeys,
      Set<FhirScope> scopes,
      UserAccount registeredBy,
      OffsetDateTime registeredAt) {
    String named = name == null ? "" : name.strip();
    if (named.isEmpty() || named.length() > MAX_NAME) {
      throw new IllegalArgumentException("A client needs a name of at most " + MAX_NAME);
    }
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("A client needs a scope");
    }
    this.clientId = Objects.requireNonNull(clientId);
    this.name = named;
    this.publicKeys = Objects.requireNonNull(publicKeys);
    this.scopes = FhirScope.asText(scopes);
    this.registeredBy = Objects.requireNonNull(registeredBy);
    this.registeredAt = Objects.requireNonNull(registeredAt);
  }

  /**
   * Ends the client's access for good.
   *
   * @throws IllegalStateException when it was revoked already
   */
  void revoke(UserAccount by, OffsetDateTime at) {
    if (isRevoked()) {
      throw new IllegalStateException("The client was revoked already");
    }
    this.revokedBy = Objects.requireNonNull(by);
    this.revokedAt = Objects.requireNonNull(at);
  }

  /** Marks that the client obtained a token at that moment. */
  void usedAt(OffsetDateTime at) {
    if (lastUsedAt == null || at.isAfter(lastUsedAt)) {
      lastUsedAt = at;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** The scopes the client may ask for. */
  public Set<FhirScope> scopes() {
    return FhirScope.fromText(scopes);
  }

  public String getClientId() {
    return clientId;
  }

  public String getName() {
    return name;
  }

  public String getPublicKeys() {
    return publicKeys;
  }

  public UserAccount getRegisteredBy() {
    return registeredBy;
  }

  public OffsetDateTime getRegisteredAt() {
    return registeredAt;
  }

  public OffsetDateTime getRevokedAt() {
    return revokedAt;
  }

  public OffsetDateTime getLastUsedAt() {
    return lastUsedAt;
  }
}
