package org.clinicportal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.patient.Patients;

/** The clinic administrator's home page: the clinic at a glance. */
@Named
@ViewScoped
public class ClinicAdminHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Patients patients;

  private long patientCount;

  public void load() {
    patientCount = patients.count();
  }

  public long getPatientCount() {
    return patientCount;
  }
}
