package org.clinicportal.web.patient;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.web.CurrentUser;

/** The patient's home page: their own record and who treats them. */
@Named
@ViewScoped
public class PatientHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Patients patients;
  @Inject private CurrentUser currentUser;

  private Patient patient;

  public void load() {
    patient = patients.ofAccount(currentUser.required().accountId()).orElse(null);
  }

  public Patient getPatient() {
    return patient;
  }
}
