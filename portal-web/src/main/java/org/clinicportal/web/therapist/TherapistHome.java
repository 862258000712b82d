package org.clinicportal.web.therapist;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.homecare.Alerts;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.RecordException;
import org.clinicportal.web.CurrentUser;

/** The therapist's home page: their own caseload and the count of open alerts. */
@Named
@ViewScoped
public class TherapistHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Patients patients;
  @Inject private CurrentUser currentUser;
  @Inject private Alerts alerts;

  private List<Patient> caseload = List.of();
  private long openAlerts;

  public void load() throws RecordException {
    caseload = patients.caseloadOf(currentUser.required().accountId());
    openAlerts = alerts.openCount();
  }

  public long getOpenAlerts() {
    return openAlerts;
  }

  public List<Patient> getCaseload() {
    return caseload;
  }
}
