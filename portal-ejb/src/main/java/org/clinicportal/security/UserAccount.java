package org.clinicportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.clinicportal.platform.ClinicIdentity;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.MailAddresses;
import org.clinicportal.platform.Role;

/**
 * A person who signs in to one clinic. The same username may exist in another clinic as another
 * person.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "UserAccount.findByUsername",
    query = "select u from UserAccount u where u.username = :username")
@NamedQuery(
    name = "UserAccount.wantingDailyDigest",
    query =
        "select a from UserAccount a where a.dailyDigest = true and a.active = true"
            + " and a.noticeEmail is not null and a.role <> org.clinicportal.platform.Role.PATIENT"
            + " order by a.id")
@NamedQuery(
    name = "UserAccount.findStaff",
    query =
        "select a from UserAccount a where a.role <> org.clinicportal.platform.Role.PATIENT"
            + " order by a.active desc, a.displayName")
public class UserAccount extends ClinicOwned {

  public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,79}";

  @NotBlank
  @Pattern(regexp = USERNAME_PATTERN)
  @Column(nullable = false, length = 80, updatable = false)
  private String username;

  @NotBlank
  @Size(max = 200)
  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @NotBlank
  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Role role;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "notice_email", length = MailAddresses.MAX_LENGTH)
  private String noticeEmail;

  @Column(name = "daily_digest", nullable = false)
  private boolean dailyDigest;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  /**
   * The language this member of staff chose; none: the clinic's. A patient's is on their record.
   */
  @Column(name = "language", length = 2)
  private Language language;

  protected UserAccount() {}

  public UserAccount(String username, String displayName, Role role, String passwordHash) {
    if (role == Role.PLATFORM_ADMIN) {
      throw new IllegalArgumentException("Platform administrators belong to no clinic");
    }
    this.username = normaliseUsername(username);
    this.displayName = displayName == null ? null : displayName.trim();
    this.role = Objects.requireNonNull(role);
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  /** How a typed username is compared: trimmed and lower-cased. */
  public static String normaliseUsername(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  /** A deactivated account cannot sign in; what it did stays attributed to it. */
  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  /** Whether repeated failed sign-ins keep this account shut at this moment. */
  public boolean isLockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a wrong password, at sign-in or on the password form; the failure that completes a run
   * of {@link SignInLockout#FAILURES_BEFORE_LOCK} locks the account.
   *
   * @return whether this failure locked it
   */
  boolean signInFailed(OffsetDateTime now) {
    failedSignIns++;
    OffsetDateTime until = SignInLockout.lockedUntil(failedSignIns, now);
    if (until != null) {
      lockedUntil = until;
    }
    return until != null;
  }

  void signedIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public OffsetDateTime getLockedUntil() {
    return lockedUntil;
  }

  /**
   * A password chosen by someone else: the owner must replace it at the next sign-in. It also opens
   * an account that failed sign-ins had locked.
   */
  void setTemporaryPassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.mustChangePassword = true;
    signedIn();
  }

  void requirePasswordChange() {
    this.mustChangePassword = true;
  }

  /** A password the owner chose, proving the current one: that also ends a run of failures. */
  void setOwnPassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.mustChangePassword = false;
    signedIn();
  }

  /** The principal this account signs in as, to the given clinic (its own). */
  public ClinicPrincipal principalIn(ClinicIdentity clinic) {
    return ClinicPrincipal.of(clinic, getId(), username, displayName, role, mustChangePassword);
  }

  /**
   * Sends this person's urgent notices to an address, or to none when empty.
   *
   * @throws IllegalArgumentException for what is not a plain address
   */
  public void sendNoticesTo(String address, boolean withDailyDigest) {
    if (address == null || address.isBlank()) {
      if (withDailyDigest) {
        throw new IllegalStateException("A daily summary needs an address to go to");
      }
      noticeEmail = null;
    } else if (MailAddresses.isPlausible(address.strip())) {
      noticeEmail = address.strip();
    } else {
      throw new IllegalArgumentException("Not an address for notices");
    }
    dailyDigest = withDailyDigest;
  }

  /**
   * The language this person reads their pages and notices in; none goes back to the clinic's.
   *
   * @throws IllegalStateException for a patient's account: a patient's language is on their record
   */
  public void chooseLanguage(Language chosen) {
    if (role == Role.PATIENT) {
      throw new IllegalStateException("A patient's language belongs to their record");
    }
    language = chosen;
  }

  /** The language this person reads in: their own choice, else the clinic's. */
  public Language languageOr(Language clinicLanguage) {
    return language == null ? clinicLanguage : language;
  }

  /** Whether a daily summary of the alerts other than urgent ones goes to the notice address. */
  public boolean isDailyDigest() {
    return dailyDigest;
  }

  /** Where urgent notices go, or null when this person gave no address. */
  public String getNoticeEmail() {
    return noticeEmail;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
