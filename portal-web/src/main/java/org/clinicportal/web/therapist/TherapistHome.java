package org.clinicportal.web.therapist;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.homecare.Alerts;
import org.clinicportal.patient.PatientQuery;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.PatientResults;
import org.clinicportal.patient.PatientSort;
import org.clinicportal.platform.RecordException;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.records.PatientTableModel;

/**
 * The therapist's home page: their own caseload, a page at a time however many patients it holds,
 * and the count of open alerts.
 */
@Named
@ViewScoped
public class TherapistHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PatientRecords records;
  @Inject private CurrentUser currentUser;
  @Inject private Alerts alerts;

  private long therapistAccountId;
  private long openAlerts;
  private final PatientTableModel caseload = new PatientTableModel(this::page);

  public void load() throws RecordException {
    therapistAccountId = currentUser.required().accountId();
    openAlerts = alerts.openCount();
  }

  private PatientResults page(int first, int size, PatientSort sort, boolean ascending) {
    return records.search(
        new PatientQuery(null, therapistAccountId, false, sort, ascending, first, size));
  }

  public long getOpenAlerts() {
    return openAlerts;
  }

  public PatientTableModel getCaseload() {
    return caseload;
  }
}
