package org.clinicportal.web.therapist;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.homecare.Alerts;
import org.clinicportal.patient.PatientQuery;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.PatientResults;
import org.clinicportal.patient.PatientSort;
import org.clinicportal.platform.RecordException;
import org.clinicportal.review.ReviewDue;
import org.clinicportal.review.Reviews;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.records.PatientTableModel;

/**
 * The therapist's home page: their own caseload, a page at a time however many patients it holds,
 * the count of open alerts, and the patients whose program review is due.
 */
@Named
@ViewScoped
public class TherapistHome implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The reviews due that the home page lists, longest waiting first. */
  static final int REVIEWS_SHOWN = 10;

  @Inject private PatientRecords records;
  @Inject private CurrentUser currentUser;
  @Inject private Alerts alerts;
  @Inject private Reviews reviews;

  private long therapistAccountId;
  private long openAlerts;
  private List<ReviewDue> reviewsDue = List.of();
  private final PatientTableModel caseload = new PatientTableModel(this::page);

  public void load() throws RecordException {
    therapistAccountId = currentUser.required().accountId();
    openAlerts = alerts.openCount();
    reviewsDue = reviews.dueForMe(REVIEWS_SHOWN);
  }

  private PatientResults page(int first, int size, PatientSort sort, boolean ascending) {
    return records.search(
        new PatientQuery(null, therapistAccountId, false, sort, ascending, first, size));
  }

  public List<ReviewDue> getReviewsDue() {
    return reviewsDue;
  }

  public long getOpenAlerts() {
    return openAlerts;
  }

  public PatientTableModel getCaseload() {
    return caseload;
  }
}
