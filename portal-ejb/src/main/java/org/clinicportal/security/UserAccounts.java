package org.clinicportal.security;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.platform.ClinicIdentity;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.MailAddresses;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;

/** Accounts of the bound clinic. */
@Stateless
@TenantBound
public class UserAccounts {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Passwords passwords;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private Tenancy tenancy;
  @Inject private Event<SessionRevocations.SessionsEnded> sessionsEnded;

  /** Opens an account whose password must meet {@link PasswordPolicy}. */
  public UserAccount open(
      @NotBlank String username,
      @NotBlank String displayName,
      @NotNull Role role,
      @NotNull String password)
      throws WeakPasswordException {
    List<String> problems = PasswordPolicy.problems(password, username, clinicName());
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
    UserAccount account = new UserAccount(username, displayName, role, passwords.hash(password));
    em.persist(account);
    return account;
  }

  /** Opens an account with a one-time password that its owner must replace at the first sign-in. */
  public IssuedAccount issue(
      @NotBlank String username, @NotBlank String displayName, @NotNull Role role)
      throws RecordException {
    String normalised = UserAccount.normaliseUsername(username);
    if (!normalised.matches(UserAccount.USERNAME_PATTERN)) {
      throw new RecordException("account.username.invalid");
    }
    if (findByUsername(normalised).isPresent()) {
      throw new RecordException("account.username.taken");
    }
    String oneTime = OneTimePasswords.next();
    UserAccount account = new UserAccount(normalised, displayName, role, passwords.hash(oneTime));
    account.requirePasswordChange();
    em.persist(account);
    return new IssuedAccount(account.getId(), account.getUsername(), oneTime);
  }

  /**
   * Gives the account a new one-time password, to be replaced at its next sign-in; its open
   * sessions end at their next request.
   */
  public IssuedAccount resetPassword(long accountId) throws RecordException {
    UserAccount account = existing(accountId);
    String oneTime = OneTimePasswords.next();
    account.setTemporaryPassword(passwords.hash(oneTime));
    sessionsEnded.fire(
        new SessionRevocations.SessionsEnded(
            SessionRevocations.Holder.account(accountId), clock.instant()));
    return new IssuedAccount(account.getId(), account.getUsername(), oneTime);
  }

  /**
   * The owner replaces their password, proving they know the current one. A wrong current password
   * counts as a failed sign-in ({@link SignInLockout}): the fifth in a row locks the account, and a
   * locked account changes nothing. Every attempt is written to the audit trail, never a password.
   * The account's other sessions end at their next request.
   *
   * @return the moment of the change: the session that made it counts as signed in then
   */
  public Instant changePassword(long accountId, @NotNull String current, @NotNull String chosen)
      throws RecordException, WeakPasswordException, WrongCurrentPasswordException {
    UserAccount account = existing(accountId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (account.isLockedAt(now)) {
      passwords.matchesNothing(current);
      audit.recordNote(
          AuditAction.PASSWORD_CHANGE_REFUSED, null, "locked until " + account.getLockedUntil());
      throw new WrongCurrentPasswordException(true);
    }
    if (!passwords.matches(current, account.getPasswordHash())) {
      boolean locked = account.signInFailed(now);
      audit.recordNote(AuditAction.PASSWORD_CHANGE_REFUSED, null, "wrong current password");
      if (locked) {
        audit.recordNote(
            AuditAction.ACCOUNT_LOCKED, null, "locked until " + account.getLockedUntil());
      }
      throw new WrongCurrentPasswordException(locked);
    }
    if (current.equals(chosen)) {
      throw new WeakPasswordException(List.of("password.sameAsBefore"));
    }
    List<String> problems = PasswordPolicy.problems(chosen, account.getUsername(), clinicName());
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
    account.setOwnPassword(passwords.hash(chosen));
    audit.recordNote(AuditAction.PASSWORD_CHANGED, null, "own password; other sessions ended");
    Instant changedAt = now.toInstant();
    sessionsEnded.fire(
        new SessionRevocations.SessionsEnded(
            SessionRevocations.Holder.account(accountId), changedAt));
    return changedAt;
  }

  /**
   * Sets where the signed-in member of staff gets urgent notices (empty for none), and whether a
   * daily summary of the other alerts goes there too.
   *
   * @throws RecordException {@code account.noticeEmail.invalid} for what is not a plain address,
   *     {@code account.digest.noAddress} for a summary with no address
   */
  public UserAccount sendMyNoticesTo(String address, boolean dailyDigest) throws RecordException {
    ClinicPrincipal me = tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    UserAccount account = existing(me.accountId());
    try {
      account.sendNoticesTo(address, dailyDigest);
    } catch (IllegalArgumentException notAnAddress) {
      throw new RecordException("account.noticeEmail.invalid");
    } catch (IllegalStateException noAddress) {
      throw new RecordException("account.digest.noAddress");
    }
    audit.recordNote(
        AuditAction.NOTICE_ADDRESS_CHANGED,
        null,
        account.getNoticeEmail() == null ? "none" : MailAddresses.masked(account.getNoticeEmail()));
    return account;
  }

  /**
   * The language the signed-in member of staff reads their pages and notices in; none goes back to
   * the clinic's.
   *
   * @throws RecordException refused to anyone but a clinic's staff
   */
  public UserAccount chooseMyLanguage(Language language) throws RecordException {
    UserAccount account =
        existing(tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN).accountId());
    account.chooseLanguage(language);
    return account;
  }

  /** The signed-in member of staff's account. */
  public UserAccount mine() throws RecordException {
    return existing(tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN).accountId());
  }

  public UserAccount deactivate(long accountId) throws RecordException {
    UserAccount account = existing(accountId);
    account.deactivate();
    sessionsEnded.fire(
        new SessionRevocations.SessionsEnded(
            SessionRevocations.Holder.account(accountId), clock.instant()));
    return account;
  }

  public UserAccount reactivate(long accountId) throws RecordException {
    UserAccount account = existing(accountId);
    account.reactivate();
    return account;
  }

  public Optional<UserAccount> find(long accountId) {
    return Optional.ofNullable(em.find(UserAccount.class, accountId));
  }

  private UserAccount existing(long accountId) throws RecordException {
    return find(accountId).orElseThrow(() -> new RecordException("account.notFound"));
  }

  public Optional<UserAccount> findByUsername(String username) {
    return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
        .setParameter("username", UserAccount.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }

  /**
   * Checks a password against the named account, in the same work whether or not it exists, and
   * keeps count: failures in a row lock the account ({@link SignInLockout}), a success starts the
   * count again. The account's row is locked while its count changes, so attempts at the same
   * moment are each counted once, and one that finds the account locked by another is refused as
   * locked. Every attempt is written to the audit trail. {@code clinic} is the bound one, named in
   * the principal of a successful sign-in.
   */
  public SignInResult authenticate(String username, String password, ClinicIdentity clinic) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<UserAccount> found = findByUsername(username);
    if (found.isEmpty()) {
      passwords.matchesNothing(password);
      audit.recordSignIn(AuditAction.SIGN_IN_FAILED, null, username, "UNKNOWN", "unknown username");
      return SignInResult.notRecognised();
    }
    UserAccount account = found.get();
    if (account.isLockedAt(now)) {
      passwords.matchesNothing(password);
      return refusedLocked(account);
    }
    boolean matches = passwords.matches(password, account.getPasswordHash());
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    if (account.isLockedAt(now)) {
      return refusedLocked(account);
    }
    if (matches && account.isActive()) {
      account.signedIn();
      record(AuditAction.SIGNED_IN, account, "");
      return SignInResult.signedIn(account.principalIn(clinic));
    }
    if (!matches && account.signInFailed(now)) {
      record(AuditAction.SIGN_IN_FAILED, account, "wrong password");
      record(AuditAction.ACCOUNT_LOCKED, account, "locked until " + account.getLockedUntil());
      return SignInResult.refused(
          SignInResult.Refusal.ACCOUNT_LOCKED, account.getLockedUntil().toInstant());
    }
    record(AuditAction.SIGN_IN_FAILED, account, matches ? "account deactivated" : "wrong password");
    return SignInResult.notRecognised();
  }

  /** The bound clinic's name, which a password of its staff must not contain. */
  private String clinicName() {
    List<?> names =
        em.createNativeQuery("select name from clinic where id = ?1")
            .setParameter(1, tenancy.currentClinicId())
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            .getResultList();
    return names.isEmpty() ? null : (String) names.get(0);
  }

  private SignInResult refusedLocked(UserAccount account) {
    record(AuditAction.SIGN_IN_REFUSED_LOCKED, account, "locked until " + account.getLockedUntil());
    return SignInResult.refused(
        SignInResult.Refusal.ACCOUNT_LOCKED, account.getLockedUntil().toInstant());
  }

  private void record(AuditAction action, UserAccount account, String details) {
    audit.recordSignIn(
        action, account.getId(), account.getDisplayName(), account.getRole().name(), details);
  }
}
