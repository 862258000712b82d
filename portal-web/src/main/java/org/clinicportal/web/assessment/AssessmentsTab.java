package org.clinicportal.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentComparison;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.assessment.ProgramReadiness;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.RecordException;
import org.clinicportal.web.Messages;
import org.clinicportal.web.Navigation;
import org.clinicportal.web.records.PatientChart;

/**
 * The assessments tab of a patient's chart: the list, a new assessment, whether a program may
 * start, and the change between two signed assessments (the first and the latest unless chosen).
 */
@Named
@ViewScoped
public class AssessmentsTab implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Assessments assessments;
  @Inject private PatientChart chart;
  @Inject private Messages messages;
  @Inject private Navigation navigation;

  private transient boolean read;
  private transient List<Assessment> list;
  private transient ProgramReadiness readiness;
  private Long fromId;
  private Long toId;
  private boolean compared;
  private transient AssessmentComparison comparison;

  @PostConstruct
  void init() {
    read();
  }

  /**
   * Reads the patient's assessments, once per copy of the view: the first reading compares the
   * oldest signed assessment with the newest, and a copy on another server compares again what the
   * therapist had chosen.
   */
  private void read() {
    if (read) {
      return;
    }
    read = true;
    list = List.of();
    Patient patient = chart.getPatient();
    if (patient == null) {
      return;
    }
    messages.attempt(
        () -> {
          list = assessments.ofPatient(patient.getId());
          readiness = assessments.programReadiness(patient.getId());
          List<Assessment> signed = getSigned();
          if (fromId == null && toId == null && signed.size() >= 2) {
            fromId = signed.get(signed.size() - 1).getId();
            toId = signed.get(0).getId();
            compare();
          } else if (compared) {
            comparison = assessments.compare(fromId, toId);
          }
        });
  }

  public void start() throws IOException {
    messages.attempt(
        () -> {
          Assessment draft = assessments.start(chart.getPatient().getId());
          navigation.redirect("/therapist/assessments/edit.xhtml?id=" + draft.getId());
        });
  }

  public void compare() {
    comparison = null;
    compared = false;
    if (fromId == null || toId == null || fromId.equals(toId)) {
      messages.error(null, "comparison.choose");
      return;
    }
    try {
      comparison = assessments.compare(fromId, toId);
      compared = true;
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
  }

  /** The signed assessments, newest first, that a comparison can be drawn between. */
  public List<Assessment> getSigned() {
    return getList().stream().filter(Assessment::isSigned).toList();
  }

  public String oswestryPercent(Assessment assessment) {
    var percent = assessment.oswestryIndex().percent();
    return percent.isPresent() ? String.valueOf(Math.round(percent.getAsDouble())) : "";
  }

  public String functionalScore(Assessment assessment) {
    var score = assessment.functionalScale().score();
    return score.isPresent()
        ? String.format(java.util.Locale.ROOT, "%.1f", score.getAsDouble())
        : "";
  }

  /** A measure's value as shown: whole points for pain, one decimal for the scales. */
  public String shown(Double value) {
    if (value == null) {
      return "";
    }
    return value == Math.rint(value)
        ? String.valueOf(value.longValue())
        : String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  public String change(Double change) {
    if (change == null) {
      return "";
    }
    return (change > 0 ? "+" : "") + shown(change);
  }

  public String oswestryBand(Assessment assessment) {
    var percent = assessment.oswestryIndex().percent();
    return percent.isPresent() ? OswestryIndex.band(percent.getAsDouble()).name() : "";
  }

  public List<Assessment> getList() {
    read();
    return list;
  }

  public ProgramReadiness getReadiness() {
    read();
    return readiness;
  }

  public Long getFromId() {
    return fromId;
  }

  public void setFromId(Long fromId) {
    this.fromId = fromId;
  }

  public Long getToId() {
    return toId;
  }

  public void setToId(Long toId) {
    this.toId = toId;
  }

  public AssessmentComparison getComparison() {
    read();
    return comparison;
  }
}
