package org.clinicportal.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.patient.PatientAccounts;
import org.clinicportal.platform.RecordException;
import org.clinicportal.security.IssuedAccount;
import org.clinicportal.web.Messages;

/**
 * The portal-account panel of a patient's chart. A one-time password is shown in this view only.
 */
@Named
@ViewScoped
public class PortalAccessPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PatientAccounts accounts;
  @Inject private PatientChart chart;
  @Inject private Messages messages;

  private String username;
  private IssuedAccount issued;

  public void open() {
    act(() -> issued = accounts.open(patientId(), username), "access.opened");
  }

  public void resetPassword() {
    act(() -> issued = accounts.resetPassword(patientId()), "access.reset");
  }

  public void disable() {
    act(() -> accounts.disable(patientId()), "access.disabled");
  }

  public void enable() {
    act(() -> accounts.enable(patientId()), "access.enabled");
  }

  private void act(Step step, String doneKey) {
    messages.attempt(
        () -> {
          step.run();
          messages.info(null, doneKey);
          chart.reload();
        });
  }

  private long patientId() {
    return chart.getPatient().getId();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public IssuedAccount getIssued() {
    return issued;
  }

  @FunctionalInterface
  private interface Step {
    void run() throws RecordException;
  }
}
