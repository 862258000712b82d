package org.clinicportal.web.records;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.RecordIds;

/**
 * Registers a new patient or edits one. The version read when the form opened travels with the
 * save, so a save over someone else's newer save is refused and the person chooses to reload.
 */
@Named
@ViewScoped
public class EditPatient implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PatientRecords records;
  @Inject private Messages messages;
  @Inject private CurrentUser currentUser;
  @Inject private FacesContext faces;

  private String id;
  private Long patientId;
  private long version;
  private PatientDetails details;
  private transient List<Therapist> therapists;
  private boolean conflict;

  public void load() throws IOException {
    therapists = records.therapists();
    if (id == null || id.isEmpty()) {
      details = new PatientDetails();
      ClinicPrincipal user = currentUser.required();
      if (user.role() == Role.THERAPIST) {
        therapists.stream()
            .filter(t -> t.getAccount().getId() == user.accountId())
            .findFirst()
            .ifPresent(t -> details.setTherapistId(t.getId()));
      }
      return;
    }
    OptionalLong parsed = RecordIds.parse(id);
    Patient patient = parsed.isPresent() ? records.find(parsed.getAsLong()).orElse(null) : null;
    if (patient == null) {
      messages.notFound();
      return;
    }
    show(patient);
  }

  public void save() throws IOException {
    try {
      Patient saved =
          patientId == null
              ? records.register(details)
              : records.revise(patientId, version, details);
      messages.flashInfo(patientId == null ? "edit.created" : "edit.saved");
      ExternalContext external = faces.getExternalContext();
      external.redirect(
          external.getRequestContextPath() + "/therapist/patients/chart.xhtml?id=" + saved.getId());
    } catch (StaleRecordException e) {
      conflict = true;
      messages.error(null, "edit.stale");
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
  }

  /** Drops what was typed and shows the record as it now stands. */
  public void reload() throws IOException {
    Patient patient = records.find(patientId).orElse(null);
    if (patient == null) {
      messages.notFound();
      return;
    }
    show(patient);
    messages.info(null, "edit.reloaded");
  }

  private void show(Patient patient) {
    patientId = patient.getId();
    version = patient.getVersion();
    details = PatientDetails.of(patient);
    conflict = false;
  }

  public boolean isNew() {
    return patientId == null;
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public PatientDetails getDetails() {
    return details;
  }

  public List<Therapist> getTherapists() {
    if (therapists == null) {
      therapists = records.therapists();
    }
    return therapists;
  }

  public boolean isConflict() {
    return conflict;
  }
}
