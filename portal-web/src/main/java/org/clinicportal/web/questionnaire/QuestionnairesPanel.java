package org.clinicportal.web.questionnaire;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clinicportal.patient.Patient;
import org.clinicportal.questionnaire.Measurement;
import org.clinicportal.questionnaire.Occasion;
import org.clinicportal.questionnaire.QuestionnaireStatus;
import org.clinicportal.questionnaire.Questionnaires;
import org.clinicportal.web.Messages;
import org.clinicportal.web.homecare.CareCharts;
import org.clinicportal.web.records.PatientChart;

/**
 * The chart's measures of the latest episode, the therapist's and the patient's side by side, each
 * read against its smallest important change, and the questionnaires the patient was asked.
 */
@Named
@ViewScoped
public class QuestionnairesPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Questionnaires questionnaires;
  @Inject private PatientChart chart;
  @Inject private Messages messages;
  @Inject private CareCharts charts;

  private transient boolean read;
  private transient List<Measurement> measurements;
  private transient List<Asked> asked;

  /** A questionnaire as the chart lists it. */
  public record Asked(Occasion occasion, LocalDate dueOn, QuestionnaireStatus status) {}

  private void read() {
    if (read) {
      return;
    }
    read = true;
    measurements = List.of();
    asked = List.of();
    Patient patient = chart.getPatient();
    if (patient == null) {
      return;
    }
    messages.attempt(
        () -> {
          measurements = questionnaires.measurementsOf(patient.getId());
          asked =
              questionnaires.ofPatient(patient.getId()).stream()
                  .map(
                      each ->
                          new Asked(
                              each.getOccasion(),
                              each.getDueOn(),
                              questionnaires.statusToday(each)))
                  .toList();
        });
  }

  public List<Measurement> getMeasurements() {
    read();
    return measurements;
  }

  /** Whether the episode was measured often enough to draw a line: twice or more. */
  public boolean isCharted() {
    return getMeasurements().size() > 1;
  }

  /** The Chart.js configuration of the episode's measures over its days. */
  public String getChart() {
    return charts.measures(getMeasurements());
  }

  public List<Asked> getAsked() {
    read();
    return asked;
  }

  /** An index or a mean to one decimal, or nothing when not measured. */
  public String shown(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
  }
}
