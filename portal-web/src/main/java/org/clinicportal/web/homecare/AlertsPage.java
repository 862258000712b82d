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
  private transient List<PatientAlert> open;
  private transient List<PatientAlert> acknowledged;
  private Long chosenId;
  private long chosenVersion;
  private transient PatientAlert chosen;
  private String note;

  public void load() {
    open = List.of();
    acknowledged = List.of();
    messages.attempt(
        () -> {
          open = alerts.open(onlyMine);
          acknowledged = alerts.acknowledged(ACKNOWLEDGED_SHOWN);
        });
  }

  public void choose(PatientAlert alert) {
    chosen = alert;
    chosenId = alert.getId();
    chosenVersion = alert.getVersion();
    note = null;
  }

  public void acknowledge() {
    if (chosenId == null) {
      return;
    }
    try {
      alerts.acknowledge(chosenId, chosenVersion, note);
      messages.info(null, "alert.acknowledgedNow");
      forgetChosen();
      note = null;
    } catch (StaleRecordException e) {
      messages.error(null, "alert.acknowledged");
      forgetChosen();
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

  private void forgetChosen() {
    chosen = null;
    chosenId = null;
  }

  public List<PatientAlert> getOpen() {
    if (open == null) {
      load();
    }
    return open;
  }

  public List<PatientAlert> getAcknowledged() {
    if (acknowledged == null) {
      load();
    }
    return acknowledged;
  }

  /** The alert being acknowledged; a copy of the view finds it again among the open ones. */
  public PatientAlert getChosen() {
    if (chosen == null && chosenId != null) {
      chosen =
          getOpen().stream()
              .filter(alert -> chosenId.equals(alert.getId()))
              .findFirst()
              .orElse(null);
    }
    return chosen;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
