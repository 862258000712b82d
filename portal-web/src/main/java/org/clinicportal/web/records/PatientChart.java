package org.clinicportal.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditEvent;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.web.Messages;
import org.clinicportal.web.RecordIds;

/**
 * A patient's chart: who they are, who treats them, the history of the record and who opened it.
 * The page renders only the open tab; each tab's bean reads its part of the record when its tab is
 * first shown, and the history is read here only when the history tab asks for it.
 */
@Named
@ViewScoped
public class PatientChart implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PatientRecords records;
  @Inject private Messages messages;

  private String id;
  private String tab;
  private ChartTab openTab = ChartTab.DETAILS;
  private Long patientId;
  private long patientVersion;
  private transient Patient patient;
  private transient List<AuditEvent> history;
  private transient List<AuditEvent> reads;

  public void load() throws IOException {
    OptionalLong parsed = RecordIds.parse(id);
    show(parsed.isPresent() ? records.openChart(parsed.getAsLong()).orElse(null) : null);
    if (patient == null) {
      messages.notFound();
      return;
    }
    openTab = ChartTab.named(tab);
  }

  /** Reads the record and its history again after a change made elsewhere on the page. */
  void reload() {
    show(records.find(patientId).orElse(patient));
    history = null;
  }

  /** The record as this view shows it: its id and the version the therapist saw are kept. */
  private void show(Patient shown) {
    patient = shown;
    if (shown != null) {
      patientId = shown.getId();
      patientVersion = shown.getVersion();
    }
  }

  public void archive() throws IOException {
    change(true);
  }

  public void restore() throws IOException {
    change(false);
  }

  private void change(boolean archive) throws IOException {
    try {
      show(
          archive
              ? records.archive(patientId, patientVersion)
              : records.restore(patientId, patientVersion));
      messages.info(null, archive ? "chart.archived" : "chart.restored");
    } catch (StaleRecordException e) {
      messages.error(null, "chart.stale");
      show(records.find(patientId).orElse(getPatient()));
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
    history = null;
  }

  /** The field changes a record change of the history lists, in the order they were made. */
  public List<FieldChange> changes(AuditEvent event) {
    return event.getAction() == AuditAction.PATIENT_CHANGED ? event.changes() : List.of();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  /** The position of the open tab, which the tab view reads and sets as the therapist moves. */
  public int getActiveIndex() {
    return openTab.ordinal();
  }

  public void setActiveIndex(int index) {
    openTab = ChartTab.at(index);
  }

  /**
   * The patient whose chart this is. A copy of the view on another server reads the record again by
   * its id, and keeps the version the therapist saw for the next change.
   */
  public Patient getPatient() {
    if (patient == null && patientId != null) {
      patient = records.find(patientId).orElse(null);
    }
    return patient;
  }

  public List<AuditEvent> getHistory() {
    if (history == null) {
      history = patientId == null ? List.of() : records.history(patientId);
    }
    return history;
  }

  public List<AuditEvent> getReads() {
    if (reads == null) {
      reads = patientId == null ? List.of() : records.readsOf(patientId);
    }
    return reads;
  }
}
