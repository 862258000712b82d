package org.clinicportal.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.patient.PatientQuery;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.PatientResults;
import org.clinicportal.patient.PatientSort;
import org.clinicportal.platform.Role;
import org.clinicportal.web.CurrentUser;

/**
 * The patient list: search, "my patients", archived ones on request; paged and sorted in the
 * database.
 */
@Named
@ViewScoped
public class PatientList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PatientRecords records;
  @Inject private CurrentUser currentUser;

  private String q;
  private boolean mine;
  private boolean includeArchived;
  private Long therapistAccountId;
  private final PatientTableModel model = new PatientTableModel(this::page);

  public void load() {
    if (currentUser.required().role() == Role.THERAPIST) {
      therapistAccountId = currentUser.required().accountId();
    }
  }

  public boolean isTherapist() {
    return therapistAccountId != null;
  }

  public PatientTableModel getModel() {
    return model;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public boolean isIncludeArchived() {
    return includeArchived;
  }

  public void setIncludeArchived(boolean includeArchived) {
    this.includeArchived = includeArchived;
  }

  private PatientResults page(int first, int size, PatientSort sort, boolean ascending) {
    Long onlyMine = mine ? therapistAccountId : null;
    return records.search(
        new PatientQuery(q, onlyMine, includeArchived, sort, ascending, first, size));
  }
}
