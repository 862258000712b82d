package org.clinicportal.clinic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.security.IssuedAccount;
import org.clinicportal.security.UserAccounts;

/**
 * A platform administrator opens a clinic together with its first clinic administrator, who signs
 * in with a one-time password. The clinic is opened first; its administrator is then created with
 * that clinic bound, and a clinic whose administrator could not be created is removed again.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClinicOnboarding {

  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Tenancy tenancy;

  public IssuedAccount open(
      String code, String name, String timeZone, String adminName, String adminUsername)
      throws RecordException {
    String normalised = Clinic.normaliseCode(code);
    if (normalised == null || !normalised.matches(Clinic.CODE_PATTERN)) {
      throw new RecordException("clinic.code.invalid");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new RecordException("clinic.name.required");
    }
    if (adminName == null || adminName.isBlank()) {
      throw new RecordException("staff.displayName.required");
    }
    if (!Clinic.isTimeZone(timeZone)) {
      throw new RecordException("clinic.timeZone.invalid");
    }
    if (clinics.findByCode(normalised).isPresent()) {
      throw new RecordException("clinic.code.taken");
    }
    Clinic clinic = clinics.open(new Clinic(normalised, name, timeZone));
    try {
      return tenancy.callAsClinic(
          clinic.getId(), () -> accounts.issue(adminUsername, adminName.trim(), Role.CLINIC_ADMIN));
    } catch (RecordException | RuntimeException e) {
      clinics.remove(clinic.getId());
      throw e;
    }
  }
}
