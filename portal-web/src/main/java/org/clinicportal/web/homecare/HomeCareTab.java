package org.clinicportal.web.homecare;

import jakarta.annotation.PostConstruct;
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

  private CareProgress progress;
  private List<PatientAlert> patientAlerts = List.of();
  private String painChart;
  private String adherenceChart;

  @PostConstruct
  void init() {
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
    return progress;
  }

  public List<PatientAlert> getAlerts() {
    return patientAlerts;
  }

  public String getPainChart() {
    return painChart;
  }

  public String getAdherenceChart() {
    return adherenceChart;
  }
}
