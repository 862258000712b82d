package org.clinicportal.web.homecare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.homecare.Alerts;
import org.clinicportal.homecare.CareProgress;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.patient.Patient;
import org.clinicportal.web.Messages;
import org.clinicportal.web.records.PatientChart;

/** The home-care tab of a patient's chart: adherence, pain, the journal and the alerts. */
@Named
@ViewScoped
public class HomeCareTab implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private HomeCare homeCare;
  @Inject private Alerts alerts;
  @Inject private CareCharts charts;
  @Inject private PatientChart chart;
  @Inject private Messages messages;

  private transient boolean read;
  private transient CareProgress progress;
  private transient List<PatientAlert> patientAlerts;
  private transient String painChart;
  private transient String adherenceChart;

  /**
   * Reads the patient's home care once per copy of the view: a copy on another server reads anew.
   */
  private void read() {
    if (read) {
      return;
    }
    read = true;
    patientAlerts = List.of();
    Patient patient = chart.getPatient();
    if (patient == null) {
      return;
    }
    messages.attempt(
        () -> {
          progress = homeCare.progressOf(patient.getId());
          patientAlerts = alerts.ofPatient(patient.getId());
          painChart = charts.pain(progress.pain());
          adherenceChart = charts.adherence(progress.weeks());
        });
  }

  public CareProgress getProgress() {
    read();
    return progress;
  }

  public List<PatientAlert> getAlerts() {
    read();
    return patientAlerts;
  }

  public String getPainChart() {
    read();
    return painChart;
  }

  public String getAdherenceChart() {
    read();
    return adherenceChart;
  }
}
