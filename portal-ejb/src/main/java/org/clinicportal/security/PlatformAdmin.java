package org.clinicportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.clinicportal.platform.PortalEntity;

/**
 * An operator of the whole platform. Belongs to no clinic and signs in with the clinic field left
 * empty. Failed sign-ins in a row lock it as they lock a clinic account ({@link SignInLockout}).
 */
@Entity
@Table(name = "platform_admin")
@NamedQuery(
    name = "PlatformAdmin.findByUsername",
    query = "select a from PlatformAdmin a where a.username = :username")
@NamedQuery(name = "PlatformAdmin.count", query = "select count(a) from PlatformAdmin a")
public class PlatformAdmin extends PortalEntity {

  @NotBlank
  @Pattern(regexp = UserAccount.USERNAME_PATTERN)
  @Column(nullable = false, unique = true, length = 80, updatable = false)
  private String username;

  @NotBlank
  @Size(max = 200)
  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @NotBlank
  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected PlatformAdmin() {}

  public PlatformAdmin(String username, String displayName, String passwordHash) {
    this.username = UserAccount.normaliseUsername(username);
    this.displayName = displayName;
    this.passwordHash = Objects.requireNonNull(passwordHash);
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

  public boolean isActive() {
    return active;
  }

  /** Whether repeated failed sign-ins keep this operator shut out at this moment. */
  public boolean isLockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public OffsetDateTime getLockedUntil() {
    return lockedUntil;
  }

  /**
   * Counts a wrong password; the failure that completes a run of {@link
   * SignInLockout#FAILURES_BEFORE_LOCK} locks the operator out.
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

  /** A password the operator chose, proving they knew the one before. */
  void setOwnPassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }
}
