package org.clinicportal.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.clinicportal.patient.PatientPage;
import org.clinicportal.patient.PatientQuery;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.PatientSort;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.security.Role;
import org.clinicportal.web.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
  private final Model model = new Model();

  public void load() {
    if (currentUser.required().role() == Role.THERAPIST) {
      therapistAccountId = currentUser.required().accountId();
    }
  }

  public boolean isTherapist() {
    return therapistAccountId != null;
  }

  public LazyDataModel<PatientSummary> getModel() {
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

  private PatientPage page(int first, int size, Map<String, SortMeta> sortBy) {
    PatientSort sort = PatientSort.NAME;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      sort =
          switch (meta.getField()) {
            case "recordNumber" -> PatientSort.RECORD_NUMBER;
            case "dateOfBirth" -> PatientSort.DATE_OF_BIRTH;
            default -> PatientSort.NAME;
          };
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    Long onlyMine = mine ? therapistAccountId : null;
    return records.search(
        new PatientQuery(q, onlyMine, includeArchived, sort, ascending, first, size));
  }

  /** Loads one page and its total in one call, so the table asks the service once per page. */
  private final class Model extends LazyDataModel<PatientSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return 0;
    }

    @Override
    public List<PatientSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      PatientPage page = page(first, pageSize, sortBy);
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.rows();
    }

    @Override
    public String getRowKey(PatientSummary row) {
      return String.valueOf(row.getId());
    }
  }
}
