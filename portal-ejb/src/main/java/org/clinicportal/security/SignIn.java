package org.clinicportal.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;

/**
 * Checks a sign-in attempt. The clinic named on the form is looked up first; the account is then
 * read with that clinic bound, so even sign-in cannot reach an account of another clinic. Every
 * failure looks the same.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIn {

  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private PlatformAdmins platformAdmins;
  @Inject private Passwords passwords;
  @Inject private Tenancy tenancy;

  public Optional<ClinicPrincipal> verify(ClinicCredential credential) {
    String password = credential.getPasswordAsString();
    if (credential.clinicCode().isEmpty()) {
      return platformAdmins
          .authenticate(credential.getCaller(), password)
          .map(
              admin ->
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
    Optional<Clinic> clinic = clinics.findByCode(credential.clinicCode()).filter(Clinic::isActive);
    if (clinic.isEmpty()) {
      passwords.matchesNothing(password);
      return Optional.empty();
    }
    long clinicId = clinic.get().getId();
    return tenancy
        .callAsClinic(clinicId, () -> accounts.authenticate(credential.getCaller(), password))
        .map(
            account ->
                new ClinicPrincipal(
                    clinic.get().getCode() + "/" + account.getUsername(),
                    clinicId,
                    clinic.get().getName(),
                    account.getId(),
                    account.getDisplayName(),
                    account.getRole(),
                    clinic.get().getTimeZone(),
                    account.isMustChangePassword()));
  }
}
