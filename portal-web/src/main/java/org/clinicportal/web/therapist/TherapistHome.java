package org.clinicportal.web.therapist;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.web.CurrentUser;

/** The therapist's home page: their own caseload. */
@Named
@ViewScoped
public class TherapistHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Patients patients;
  @Inject private CurrentUser currentUser;

  private List<Patient> caseload = List.of();

  public void load() {
    caseload = patients.caseloadOf(currentUser.required().accountId());
  }

  public List<Patient> getCaseload() {
    return caseload;
  }
}
