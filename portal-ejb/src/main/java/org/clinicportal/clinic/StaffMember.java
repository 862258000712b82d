package org.clinicportal.clinic;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.clinicportal.platform.Role;

/**
 * One row of the clinic's staff list: an account and, for a therapist, the professional profile.
 */
public final class StaffMember implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String username;
  private final String displayName;
  private final Role role;
  private final boolean active;
  private final Profession profession;
  private final String licenseNumber;
  private final OffsetDateTime lockedUntil;

  public StaffMember(
      long accountId,
      String username,
      String displayName,
      Role role,
      boolean active,
      Profession profession,
      String licenseNumber,
      OffsetDateTime lockedUntil) {
    this.accountId = accountId;
    this.username = username;
    this.displayName = displayName;
    this.role = role;
    this.active = active;
    this.profession = profession;
    this.licenseNumber = licenseNumber;
    this.lockedUntil = lockedUntil;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  public Profession getProfession() {
    return profession;
  }

  public String getLicenseNumber() {
    return licenseNumber;
  }

  /** Until when failed sign-ins keep the account locked, or null when it is not locked now. */
  public OffsetDateTime getLockedUntil() {
    return lockedUntil;
  }
}
