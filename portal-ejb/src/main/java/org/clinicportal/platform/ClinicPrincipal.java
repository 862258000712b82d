package org.clinicportal.platform;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;

/**
 * The signed-in person as the container keeps them for the session. The clinic travels with the
 * principal, so the clinic binding never depends on anything the browser sends after sign-in.
 */
public class ClinicPrincipal extends CallerPrincipal {
  private static final long serialVersionUID = 1L;

  private final Long clinicId;
  private final String clinicName;
  private final long accountId;
  private final String displayName;
  private final Role role;
  private final String timeZone;
  private final boolean passwordChangeRequired;

  /** The principal of an account that signed in to its clinic. */
  public static ClinicPrincipal of(
      ClinicIdentity clinic,
      long accountId,
      String username,
      String displayName,
      Role role,
      boolean passwordChangeRequired) {
    return new ClinicPrincipal(
        clinic.code() + "/" + username,
        clinic.id(),
        clinic.name(),
        accountId,
        displayName,
        role,
        clinic.timeZone(),
        passwordChangeRequired);
  }

  public ClinicPrincipal(
      String name,
      Long clinicId,
      String clinicName,
      long accountId,
      String displayName,
      Role role,
      String timeZone,
      boolean passwordChangeRequired) {
    super(name);
    this.clinicId = clinicId;
    this.clinicName = clinicName;
    this.accountId = accountId;
    this.displayName = Objects.requireNonNull(displayName);
    this.role = Objects.requireNonNull(role);
    this.timeZone = timeZone == null ? "UTC" : timeZone;
    this.passwordChangeRequired = passwordChangeRequired;
  }

  /** Whether the password in use at sign-in was set by someone else and must be replaced first. */
  public boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  /** The clinic's id, or null for a platform administrator. */
  public Long clinicId() {
    return clinicId;
  }

  /** The clinic's code, as typed on the sign-in page; empty for a platform administrator. */
  public String clinicCode() {
    int slash = getName().indexOf('/');
    return clinicId == null || slash < 0 ? "" : getName().substring(0, slash);
  }

  public String clinicName() {
    return clinicName;
  }

  public long accountId() {
    return accountId;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  /** The clinic's time zone (an IANA name such as Europe/London), in which times are shown. */
  public String timeZone() {
    return timeZone;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClinicPrincipal that
        && getName().equals(that.getName())
        && Objects.equals(clinicId, that.clinicId)
        && accountId == that.accountId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(getName(), clinicId, accountId);
  }
}
