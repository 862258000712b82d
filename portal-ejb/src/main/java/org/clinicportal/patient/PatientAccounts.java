package org.clinicportal.patient;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
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
 * The portal accounts patients sign in with. A new account, or a reset, gets a one-time password
 * that the therapist hands over and the patient replaces at the first sign-in. Every step is
 * audited on the patient.
 */
@Stateless
@TenantBound
public class PatientAccounts {

  @Inject private Patients patients;
  @Inject private UserAccounts accounts;
  @Inject private AuditTrail audit;
  @Inject private Tenancy tenancy;

  /**
   * Opens the patient's portal account under this username. A blank username, which the chart's
   * form sends when it is pressed empty, is refused with the username rule's message.
   */
  public IssuedAccount open(long patientId, String username) throws RecordException {
    if (username == null || username.isBlank()) {
      throw new RecordException("account.username.invalid");
    }
    Patient patient = existing(patientId);
    if (patient.getAccount() != null) {
      throw new RecordException("account.patient.exists");
    }
    if (patient.isArchived()) {
      throw new RecordException("account.patient.archived");
    }
    IssuedAccount issued = accounts.issue(username, patient.getFullName(), Role.PATIENT);
    patient.giveAccount(accounts.find(issued.accountId()).orElseThrow());
    audit.record(
        AuditAction.PATIENT_ACCOUNT_OPENED,
        patientId,
        List.of(FieldChange.set("username", issued.username())));
    return issued;
  }

  public IssuedAccount resetPassword(long patientId) throws RecordException {
    UserAccount account = accountOf(patientId);
    IssuedAccount issued = accounts.resetPassword(account.getId());
    audit.record(AuditAction.PATIENT_ACCOUNT_PASSWORD_RESET, patientId);
    return issued;
  }

  public void disable(long patientId) throws RecordException {
    accounts.deactivate(accountOf(patientId).getId());
    audit.record(AuditAction.PATIENT_ACCOUNT_DISABLED, patientId);
  }

  public void enable(long patientId) throws RecordException {
    accounts.reactivate(accountOf(patientId).getId());
    audit.record(AuditAction.PATIENT_ACCOUNT_ENABLED, patientId);
  }

  private Patient existing(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
  }

  private UserAccount accountOf(long patientId) throws RecordException {
    UserAccount account = existing(patientId).getAccount();
    if (account == null) {
      throw new RecordException("account.patient.none");
    }
    return account;
  }
}
