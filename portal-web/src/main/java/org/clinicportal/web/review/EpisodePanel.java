package org.clinicportal.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.review.Discharges;
import org.clinicportal.web.Messages;
import org.clinicportal.web.Navigation;
import org.clinicportal.web.records.ChartTab;
import org.clinicportal.web.records.PatientChart;

/**
 * The episodes of care on a patient's chart, the latest first, and the discharge of the open one: a
 * reason, the day (today unless changed) and a note.
 */
@Named
@ViewScoped
public class EpisodePanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Discharges discharges;
  @Inject private PatientChart chart;
  @Inject private Messages messages;
  @Inject private Navigation navigation;

  private transient List<Episode> episodes;
  private DischargeReason reason;
  private LocalDate dischargedOn;
  private String note;

  /** Reads the patient's episodes, once per copy of the view. */
  private void read() {
    episodes = List.of();
    Patient patient = chart.getPatient();
    if (patient != null) {
      messages.attempt(() -> episodes = discharges.ofPatient(patient.getId()));
    }
  }

  /** Discharges the patient from the open episode as it was when the chart showed it. */
  public void discharge() throws IOException {
    Episode open = getOpenEpisode();
    if (open == null) {
      messages.error(null, "episode.noneOpen");
      return;
    }
    long patientId = chart.getPatient().getId();
    boolean done =
        messages.attempt(
            () -> discharges.discharge(patientId, open.getVersion(), reason, dischargedOn, note));
    if (done) {
      messages.flashInfo("episode.discharged");
      navigation.redirect(ChartTab.PROGRAM.of(patientId));
    }
  }

  public List<Episode> getEpisodes() {
    if (episodes == null) {
      read();
    }
    return episodes;
  }

  public Episode getOpenEpisode() {
    return getEpisodes().stream().filter(Episode::isOpen).findFirst().orElse(null);
  }

  public DischargeReason[] getReasons() {
    return DischargeReason.values();
  }

  public DischargeReason getReason() {
    return reason;
  }

  public void setReason(DischargeReason reason) {
    this.reason = reason;
  }

  public LocalDate getDischargedOn() {
    return dischargedOn;
  }

  public void setDischargedOn(LocalDate dischargedOn) {
    this.dischargedOn = dischargedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
