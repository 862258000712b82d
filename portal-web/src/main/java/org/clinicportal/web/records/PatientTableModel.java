package org.clinicportal.web.records;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.clinicportal.patient.PatientResults;
import org.clinicportal.patient.PatientSort;
import org.clinicportal.patient.PatientSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table of patients paged and sorted in the database: each page and its total come from one call
 * of the search, so the table asks the service once per page.
 */
public final class PatientTableModel extends LazyDataModel<PatientSummary> {
  private static final long serialVersionUID = 1L;

  /** Reads one page: from which row, how many, by which column and in which direction. */
  @FunctionalInterface
  public interface Reader extends Serializable {
    PatientResults read(int first, int size, PatientSort sort, boolean ascending);
  }

  private final Reader reader;
  private boolean moreThanCounted;

  public PatientTableModel(Reader reader) {
    this.reader = reader;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return 0;
  }

  @Override
  public List<PatientSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
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
    PatientResults page = reader.read(first, pageSize, sort, ascending);
    setRowCount((int) page.total());
    moreThanCounted = page.moreThanTotal();
    return page.rows();
  }

  /** Whether more patients match than the table pages through: the search should be narrowed. */
  public boolean isMoreThanCounted() {
    return moreThanCounted;
  }

  @Override
  public String getRowKey(PatientSummary row) {
    return String.valueOf(row.getId());
  }
}
