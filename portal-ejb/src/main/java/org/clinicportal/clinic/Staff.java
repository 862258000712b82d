package org.clinicportal.clinic;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.security.IssuedAccount;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;

/**
 * The bound clinic's staff, as its administrators manage them: add a therapist or administrator
 * with a one-time password, reset a password, deactivate and reactivate. A deactivated person
 * cannot sign in; what they did stays attributed to them. Every step is written to the audit trail.
 */
@Stateless
@TenantBound
public class Staff {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private AuditTrail audit;
  @Inject private Tenancy tenancy;
  @Inject private Clock clock;

  /**
   * Active staff first, then by name. Two queries rather than an outer join: EclipseLink puts the
   * clinic filter of the joined entity into the WHERE clause, which would turn the outer join into
   * an inner one.
   */
  public List<StaffMember> list() {
    if (!tenancy.callerHolds(Role.CLINIC_ADMIN)) {
      return List.of();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map<Long, Therapist> profiles =
        em.createNamedQuery("Therapist.findAll", Therapist.class)
            .getResultStream()
            .collect(Collectors.toMap(t -> t.getAccount().getId(), t -> t));
    return em.createNamedQuery("UserAccount.findStaff", UserAccount.class)
        .getResultStream()
        .map(
            account -> {
              Therapist profile = profiles.get(account.getId());
              return new StaffMember(
                  account.getId(),
                  account.getUsername(),
                  account.getDisplayName(),
                  account.getRole(),
                  account.isActive(),
                  profile == null ? null : profile.getProfession(),
                  profile == null ? null : profile.getLicenseNumber(),
                  account.isLockedAt(now) ? account.getLockedUntil() : null);
            })
        .toList();
  }

  public IssuedAccount add(@NotNull @Valid NewStaffMember member) throws RecordException {
    tenancy.requireRole(Role.CLINIC_ADMIN);
    if (member.getRole() != Role.THERAPIST && member.getRole() != Role.CLINIC_ADMIN) {
      throw new RecordException("staff.role.required");
    }
    if (member.getRole() == Role.THERAPIST && member.getProfession() == null) {
      throw new RecordException("staff.profession.required");
    }
    IssuedAccount issued =
        accounts.issue(member.getUsername(), member.getDisplayName(), member.getRole());
    if (member.getRole() == Role.THERAPIST) {
      UserAccount account = accounts.find(issued.accountId()).orElseThrow();
      String licence = member.getLicenseNumber() == null ? null : member.getLicenseNumber().trim();
      therapists.register(new Therapist(account, member.getProfession(), licence));
    }
    audit.record(
        AuditAction.STAFF_ADDED, null, List.of(FieldChange.set("username", issued.username())));
    return issued;
  }

  public IssuedAccount resetPassword(long accountId) throws RecordException {
    IssuedAccount issued = accounts.resetPassword(staffAccount(accountId).getId());
    audit.record(
        AuditAction.STAFF_PASSWORD_RESET,
        null,
        List.of(FieldChange.set("username", issued.username())));
    return issued;
  }

  public void deactivate(long accountId) throws RecordException {
    UserAccount account = staffAccount(accountId);
    if (tenancy.requireRole(Role.CLINIC_ADMIN).accountId() == accountId) {
      throw new RecordException("staff.self");
    }
    accounts.deactivate(account.getId());
    audit.record(
        AuditAction.STAFF_DEACTIVATED,
        null,
        List.of(FieldChange.set("username", account.getUsername())));
  }

  public void reactivate(long accountId) throws RecordException {
    UserAccount account = staffAccount(accountId);
    accounts.reactivate(account.getId());
    audit.record(
        AuditAction.STAFF_REACTIVATED,
        null,
        List.of(FieldChange.set("username", account.getUsername())));
  }

  private UserAccount staffAccount(long accountId) throws RecordException {
    tenancy.requireRole(Role.CLINIC_ADMIN);
    UserAccount account =
        accounts.find(accountId).orElseThrow(() -> new RecordException("account.notFound"));
    if (account.getRole() == Role.PATIENT) {
      throw new RecordException("account.notFound");
    }
    return account;
  }
}
