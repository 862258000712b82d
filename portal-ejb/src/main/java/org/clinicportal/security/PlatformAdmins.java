package org.clinicportal.security;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.PlatformAudit;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.PlainSql;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;

/**
 * The operators of the platform, who stand outside every clinic. Their sign-ins are locked after
 * failures in a row as clinic accounts are, and every attempt and every change of an operator's
 * account is written to the operators' own audit trail.
 *
 * <p>The portal's database role cannot read the operators' table: it calls the {@code
 * platform_operator_*} functions (migration V15), which never hand out a password hash. A password
 * is checked by deriving its key here under the stored hash's settings and letting the database
 * compare; clearing a failure count or replacing a password takes that key too.
 */
@Stateless
public class PlatformAdmins {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Passwords passwords;
  @Inject private PlatformAudit audit;
  @Inject private Clock clock;
  @Inject private Event<SessionRevocations.SessionsEnded> sessionsEnded;

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
    if (hashSettings(normalised).isPresent()) {
      throw new RecordException("account.username.taken");
    }
    long id =
        ((Number)
                PlainSql.of(em, "select platform_operator_open(?1, ?2, ?3)")
                    .setParameter(1, normalised)
                    .setParameter(2, displayName)
                    .setParameter(3, passwords.hash(password))
                    .getSingleResult())
            .longValue();
    audit.record(AuditAction.OPERATOR_OPENED, id, normalised, "");
    return find(id).orElseThrow();
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
    return ((Number) PlainSql.of(em, "select platform_operator_count()").getSingleResult())
        .longValue();
  }

  public Optional<PlatformAdmin> find(long adminId) {
    List<?> rows =
        PlainSql.of(
                em,
                "select id, username, display_name, active, failed_sign_ins, locked_until"
                    + " from platform_operator_by_id(?1)")
            .setParameter(1, adminId)
            .getResultList();
    return rows.stream().map(row -> operator((Object[]) row)).findFirst();
  }

  /**
   * Checks a password against the named operator, in the same work whether or not it exists, and
   * keeps count as {@link UserAccounts#authenticate} does for a clinic account: the operator's row
   * is locked while its count changes, so attempts at the same moment are each counted once.
   */
  public SignInResult authenticate(String username, String password) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String normalised = UserAccount.normaliseUsername(username);
    Optional<String> settings = hashSettings(normalised);
    if (settings.isEmpty()) {
      passwords.matchesNothing(password);
      audit.record(AuditAction.SIGN_IN_FAILED, null, username, "unknown username");
      return SignInResult.notRecognised();
    }
    String key = passwords.derivedKey(password, settings.get());
    Optional<Checked> found = check(normalised, key);
    if (found.isEmpty()) {
      audit.record(AuditAction.SIGN_IN_FAILED, null, username, "unknown username");
      return SignInResult.notRecognised();
    }
    PlatformAdmin admin = found.get().operator();
    if (admin.isLockedAt(now)) {
      return refusedLocked(admin);
    }
    boolean matches = found.get().keyMatches();
    if (matches && admin.active() && signedIn(admin, key)) {
      record(AuditAction.SIGNED_IN, admin, "");
      return SignInResult.signedIn(
          new ClinicPrincipal(
              admin.username(),
              null,
              null,
              admin.id(),
              admin.displayName(),
              Role.PLATFORM_ADMIN,
              "UTC",
              false));
    }
    if (!matches) {
      OffsetDateTime lockedUntil = failed(admin, now);
      record(AuditAction.SIGN_IN_FAILED, admin, "wrong password");
      if (lockedUntil != null) {
        record(AuditAction.ACCOUNT_LOCKED, admin, "locked until " + lockedUntil);
        return SignInResult.refused(SignInResult.Refusal.ACCOUNT_LOCKED, lockedUntil.toInstant());
      }
      return SignInResult.notRecognised();
    }
    record(AuditAction.SIGN_IN_FAILED, admin, "operator deactivated");
    return SignInResult.notRecognised();
  }

  /**
   * The operator replaces their own password, proving they know the current one. A wrong current
   * password counts as a failed sign-in: the fifth in a row locks the operator, and a locked
   * operator changes nothing. The operator's other sessions end at their next request.
   *
   * @return the moment of the change: the session that made it counts as signed in then
   */
  public Instant changePassword(long adminId, @NotNull String current, @NotNull String chosen)
      throws RecordException, WeakPasswordException, WrongCurrentPasswordException {
    PlatformAdmin known = find(adminId).orElseThrow(() -> new RecordException("account.notFound"));
    OffsetDateTime now = OffsetDateTime.now(clock);
    String settings =
        hashSettings(known.username()).orElseThrow(() -> new RecordException("account.notFound"));
    String key = passwords.derivedKey(current, settings);
    Checked checked =
        check(known.username(), key).orElseThrow(() -> new RecordException("account.notFound"));
    PlatformAdmin admin = checked.operator();
    if (admin.isLockedAt(now)) {
      record(
          AuditAction.OPERATOR_PASSWORD_CHANGE_REFUSED,
          admin,
          "locked until " + admin.lockedUntil());
      throw new WrongCurrentPasswordException(true);
    }
    if (!checked.keyMatches()) {
      OffsetDateTime lockedUntil = failed(admin, now);
      record(AuditAction.OPERATOR_PASSWORD_CHANGE_REFUSED, admin, "wrong current password");
      if (lockedUntil != null) {
        record(AuditAction.ACCOUNT_LOCKED, admin, "locked until " + lockedUntil);
      }
      throw new WrongCurrentPasswordException(lockedUntil != null);
    }
    if (current.equals(chosen)) {
      throw new WeakPasswordException(List.of("password.sameAsBefore"));
    }
    List<String> problems = PasswordPolicy.problems(chosen, admin.username());
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
    Boolean changed =
        (Boolean)
            PlainSql.of(em, "select platform_operator_change_password(?1, ?2, ?3)")
                .setParameter(1, admin.id())
                .setParameter(2, key)
                .setParameter(3, passwords.hash(chosen))
                .getSingleResult();
    if (!Boolean.TRUE.equals(changed)) {
      throw new WrongCurrentPasswordException(false);
    }
    record(AuditAction.OPERATOR_PASSWORD_CHANGED, admin, "other sessions ended");
    Instant changedAt = now.toInstant();
    sessionsEnded.fire(
        new SessionRevocations.SessionsEnded(
            SessionRevocations.Holder.operator(admin.id()), changedAt));
    return changedAt;
  }

  private Optional<String> hashSettings(String username) {
    return Optional.ofNullable(
        (String)
            PlainSql.of(em, "select platform_operator_hash_settings(?1)")
                .setParameter(1, username)
                .getSingleResult());
  }

  /** The operator's row, locked until the transaction ends, and whether the key matches it. */
  private Optional<Checked> check(String username, String key) {
    List<?> rows =
        PlainSql.of(
                em,
                "select id, username, display_name, active, failed_sign_ins, locked_until,"
                    + " key_matches from platform_operator_check(?1, ?2)")
            .setParameter(1, username)
            .setParameter(2, key)
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(row -> new Checked(operator(row), Boolean.TRUE.equals(row[6])))
        .findFirst();
  }

  private boolean signedIn(PlatformAdmin admin, String key) {
    return Boolean.TRUE.equals(
        PlainSql.of(em, "select platform_operator_signed_in(?1, ?2)")
            .setParameter(1, admin.id())
            .setParameter(2, key)
            .getSingleResult());
  }

  /** Counts a failure; answers when the lock it completed ends, or null. */
  private OffsetDateTime failed(PlatformAdmin admin, OffsetDateTime now) {
    OffsetDateTime lockedUntil = admin.lockAfterOneMoreFailure(now);
    PlainSql.of(em, "select platform_operator_failed(?1, cast(?2 as timestamptz))")
        .setParameter(1, admin.id())
        .setParameter(2, lockedUntil == null ? null : lockedUntil.toString())
        .getSingleResult();
    return lockedUntil;
  }

  private SignInResult refusedLocked(PlatformAdmin admin) {
    record(AuditAction.SIGN_IN_REFUSED_LOCKED, admin, "locked until " + admin.lockedUntil());
    return SignInResult.refused(
        SignInResult.Refusal.ACCOUNT_LOCKED, admin.lockedUntil().toInstant());
  }

  private void record(AuditAction action, PlatformAdmin admin, String details) {
    audit.record(action, admin.id(), admin.username(), details);
  }

  private static PlatformAdmin operator(Object[] row) {
    return new PlatformAdmin(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        Boolean.TRUE.equals(row[3]),
        ((Number) row[4]).intValue(),
        timestamp(row[5]));
  }

  private static OffsetDateTime timestamp(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset;
    }
    return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }

  private record Checked(PlatformAdmin operator, boolean keyMatches) {}
}
