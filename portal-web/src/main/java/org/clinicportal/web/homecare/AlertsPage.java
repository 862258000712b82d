package org.clinicportal.web.homecare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.homecare.Alerts;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.web.Messages;

/**
 * The therapist's alerts: open ones (their own patients' or the whole clinic's), each acknowledged
 * with a note, and the latest acknowledged ones.
 */
@Named
@ViewScoped
public class AlertsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int ACKNOWLEDGED_SHOWN = 20;

  @Inject private Alerts alerts;
  @Inject private Messages messages;

  private boolean onlyMine = true;
  private List<PatientAlert> open = List.of();
  private List<PatientAlert> acknowledged = List.of();
  private PatientAlert chosen;
  private String note;

  public void load() {
    messages.attempt(
        () -> {
          open = alerts.open(onlyMine);
          acknowledged = alerts.acknowledged(ACKNOWLEDGED_SHOWN);
        });
  }

  public void choose(PatientAlert alert) {
    chosen = alert;
    note = null;
  }

  public void acknowledge() {
    if (chosen == null) {
      return;
    }
    try {
      alerts.acknowledge(chosen.getId(), chosen.getVersion(), note);
      messages.info(null, "alert.acknowledgedNow");
      chosen = null;
      note = null;
    } catch (StaleRecordException e) {
      messages.error(null, "alert.acknowledged");
      chosen = null;
    } catch (RecordException e) {
      messages.error("ackForm:note", e.messageKey());
      return;
    }
    load();
  }

  public boolean isOnlyMine() {
    return onlyMine;
  }

  public void setOnlyMine(boolean onlyMine) {
    this.onlyMine = onlyMine;
  }

  public List<PatientAlert> getOpen() {
    return open;
  }

  public List<PatientAlert> getAcknowledged() {
    return acknowledged;
  }

  public PatientAlert getChosen() {
    return chosen;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
