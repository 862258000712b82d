package org.clinicportal.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.security.UserAccount;

/**
 * The bound clinic's FHIR clients, for its administrators: register one with its public keys and
 * scopes, list them, revoke one. The client id the portal gives starts with the clinic's code and
 * is the client's to keep; the keys are public, and a private one is refused. Registering and
 * revoking are audited.
 */
@Stateless
@TenantBound
public class FhirClients {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** The clinic's clients, the latest registered first. */
  public List<FhirClientSummary> list() throws RecordException {
    tenancy.requireRole(Role.CLINIC_ADMIN);
    return em.createNamedQuery("FhirClient.ofClinic", FhirClient.class)
        .getResultStream()
        .map(FhirClientSummary::of)
        .toList();
  }

  /**
   * Registers a client.
   *
   * @throws RecordException {@code fhirClient.problem.name} without a name or with one too long,
   *     {@code fhirClient.problem.scopes} without a scope, or a {@code fhirClient.keys.*} key for
   *     keys that are missing, unreadable, private, weak or without ids
   */
  public FhirClientSummary register(String name, String publicKeys, Set<FhirScope> scopes)
      throws RecordException {
    ClinicPrincipal admin = tenancy.requireRole(Role.CLINIC_ADMIN);
    String named = name == null ? "" : name.strip();
    if (named.isEmpty() || named.length() > FhirClient.MAX_NAME) {
      throw new RecordException("fhirClient.problem.name");
    }
    if (scopes == null || scopes.isEmpty()) {
      throw new RecordException("fhirClient.problem.scopes");
    }
    String keys = ClientKeys.publicKeySet(publicKeys);
    Clinic clinic = em.find(Clinic.class, tenancy.currentClinicId());
    FhirClient client =
        new FhirClient(
            clinic.getCode() + "." + UUID.randomUUID(),
            named,
            keys,
            EnumSet.copyOf(scopes),
            em.find(UserAccount.class, admin.accountId()),
            OffsetDateTime.now(clock));
    em.persist(client);
    em.flush();
    audit.record(
        AuditAction.FHIR_CLIENT_REGISTERED,
        null,
        List.of(FieldChange.set("client", client.getClientId())));
    return FhirClientSummary.of(client);
  }

  /**
   * Ends a client's access for good.
   *
   * @throws RecordException {@code fhirClient.notFound} for a client the clinic does not have,
   *     {@code fhirClient.revoked} for one revoked already, or a stale version
   */
  public void revoke(long id, long versionSeen) throws RecordException {
    ClinicPrincipal admin = tenancy.requireRole(Role.CLINIC_ADMIN);
    FhirClient client = em.find(FhirClient.class, id);
    if (client == null) {
      throw new RecordException("fhirClient.notFound");
    }
    if (client.getVersion() != versionSeen) {
      throw new StaleRecordException();
    }
    if (client.isRevoked()) {
      throw new RecordException("fhirClient.revoked");
    }
    client.revoke(em.find(UserAccount.class, admin.accountId()), OffsetDateTime.now(clock));
    audit.record(
        AuditAction.FHIR_CLIENT_REVOKED,
        null,
        List.of(FieldChange.set("client", client.getClientId())));
  }
}
