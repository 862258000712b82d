package org.clinicportal.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.PlatformAudit;
import org.clinicportal.platform.RecordException;

/**
 * The operators of the platform, who stand outside every clinic. Their sign-ins are locked after
 * failures in a row as clinic accounts are, and every attempt and every change of an operator's
 * account is written to the operators' own audit trail.
 */
@Stateless
public class PlatformAdmins {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Passwords passwords;
  @Inject private PlatformAudit audit;
  @Inject private Clock clock;

  /** Opens an operator whose password must meet {@link PasswordPolicy}. */
  public PlatformAdmin open(
      @NotBlank String username, @NotBlank String displayName, @NotBlank String password)
      throws WeakPasswordException, RecordException {
    String normalised = UserAccount.normaliseUsername(username);
    if (!normalised.matches(UserAccount.USERNAME_PATTERN)) {
      throw new RecordException("account.username.invalid");
    }
    List<String> problems = PasswordPolicy.problems(password, normalised);
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
    PlatformAdmin admin = new PlatformAdmin(normalised, displayName, passwords.hash(password));
    em.persist(admin);
    em.flush();
    audit.record(AuditAction.OPERATOR_OPENED, admin.getId(), admin.getUsername(), "");
    return admin;
  }

  /**
   * Opens the platform's first operator, with the password the installer chose; does nothing when
   * an operator exists already.
   */
  public Optional<PlatformAdmin> openFirst(
      @NotBlank String username, @NotBlank String displayName, @NotBlank String password)
      throws WeakPasswordException, RecordException {
    if (count() > 0) {
      return Optional.empty();
    }
    return Optional.of(open(username, displayName, password));
  }

  public long count() {
    return em.createNamedQuery("PlatformAdmin.count", Long.class).getSingleResult();
  }

  public Optional<PlatformAdmin> find(long adminId) {
    return Optional.ofNullable(em.find(PlatformAdmin.class, adminId));
  }

  /**
   * Checks a password against the named operator, in the same work whether or not it exists, and
   * keeps count as {@link UserAccounts#authenticate} does for a clinic account: the operator's row
   * is locked while its count changes, so attempts at the same moment are each counted once.
   */
  public SignInResult authenticate(String username, String password) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<PlatformAdmin> found = findByUsername(username);
    if (found.isEmpty()) {
      passwords.matchesNothing(password);
      audit.record(AuditAction.SIGN_IN_FAILED, null, username, "unknown username");
      return SignInResult.notRecognised();
    }
    PlatformAdmin admin = found.get();
    if (admin.isLockedAt(now)) {
      passwords.matchesNothing(password);
      return refusedLocked(admin);
    }
    boolean matches = passwords.matches(password, admin.getPasswordHash());
    em.refresh(admin, LockModeType.PESSIMISTIC_WRITE);
    if (admin.isLockedAt(now)) {
      return refusedLocked(admin);
    }
    if (matches && admin.isActive()) {
      admin.signedIn();
      record(AuditAction.SIGNED_IN, admin, "");
      return SignInResult.signedIn(
          new ClinicPrincipal(
              admin.getUsername(),
              null,
              null,
              admin.getId(),
              admin.getDisplayName(),
              Role.PLATFORM_ADMIN,
              "UTC",
              false));
    }
    if (!matches && admin.signInFailed(now)) {
      record(AuditAction.SIGN_IN_FAILED, admin, "wrong password");
      record(AuditAction.ACCOUNT_LOCKED, admin, "locked until " + admin.getLockedUntil());
      return SignInResult.refused(
          SignInResult.Refusal.ACCOUNT_LOCKED, admin.getLockedUntil().toInstant());
    }
    record(AuditAction.SIGN_IN_FAILED, admin, matches ? "operator deactivated" : "wrong password");
    return SignInResult.notRecognised();
  }

  /** The operator replaces their own password, proving they know the current one. */
  public void changePassword(long adminId, @NotNull String current, @NotNull String chosen)
      throws RecordException, WeakPasswordException {
    PlatformAdmin admin = find(adminId).orElseThrow(() -> new RecordException("account.notFound"));
    em.refresh(admin, LockModeType.PESSIMISTIC_WRITE);
    if (!passwords.matches(current, admin.getPasswordHash())) {
      audit.recordAlone(
          AuditAction.OPERATOR_PASSWORD_CHANGE_REFUSED,
          admin.getId(),
          admin.getUsername(),
          "wrong current password");
      throw new RecordException("password.current.wrong");
    }
    if (current.equals(chosen)) {
      throw new WeakPasswordException(List.of("password.sameAsBefore"));
    }
    List<String> problems = PasswordPolicy.problems(chosen, admin.getUsername());
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
    admin.setOwnPassword(passwords.hash(chosen));
    record(AuditAction.OPERATOR_PASSWORD_CHANGED, admin, "");
  }

  /**
   * Read from the database, not the server's entity cache: operators are not kept per clinic, so
   * their rows are cached across requests, and a sign-in must see a password or lock another server
   * or an administrator in SQL has set.
   */
  private Optional<PlatformAdmin> findByUsername(String username) {
    return em.createNamedQuery("PlatformAdmin.findByUsername", PlatformAdmin.class)
        .setParameter("username", UserAccount.normaliseUsername(username))
        .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
        .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
        .getResultStream()
        .findFirst();
  }

  private SignInResult refusedLocked(PlatformAdmin admin) {
    record(AuditAction.SIGN_IN_REFUSED_LOCKED, admin, "locked until " + admin.getLockedUntil());
    return SignInResult.refused(
        SignInResult.Refusal.ACCOUNT_LOCKED, admin.getLockedUntil().toInstant());
  }

  private void record(AuditAction action, PlatformAdmin admin, String details) {
    audit.record(action, admin.getId(), admin.getUsername(), details);
  }
}
