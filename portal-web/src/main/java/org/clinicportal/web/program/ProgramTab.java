package org.clinicportal.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.clinicportal.patient.Patient;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramPlan;
import org.clinicportal.program.ProgramStatus;
import org.clinicportal.program.ProgramTemplate;
import org.clinicportal.web.Messages;
import org.clinicportal.web.Navigation;
import org.clinicportal.web.records.PatientChart;

/**
 * The home-program tab of a patient's chart: the program the patient follows, its versions, and the
 * way to a new one: suggested from the latest signed assessment, or the next version of the active
 * one.
 */
@Named
@ViewScoped
public class ProgramTab implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private HomePrograms programs;
  @Inject private PatientChart chart;
  @Inject private Messages messages;
  @Inject private Navigation navigation;

  private transient List<HomeProgram> versions;
  private transient List<ProgramTemplate> templates;
  private Long templateId;

  /** Reads the patient's program versions and the clinic's templates, once per copy of the view. */
  private void read() {
    versions = List.of();
    templates = List.of();
    Patient patient = chart.getPatient();
    if (patient == null) {
      return;
    }
    messages.attempt(
        () -> {
          versions = programs.ofPatient(patient.getId());
          templates = programs.templates();
        });
  }

  /** Opens a draft with the program the latest signed assessment suggests. */
  public void suggest() throws IOException {
    messages.attempt(
        () -> {
          long patientId = chart.getPatient().getId();
          ProgramPlan plan = programs.suggest(patientId, messages.text("program.defaultTitle"));
          open(programs.startDraft(patientId, plan));
        });
  }

  /** Opens a draft that starts from the chosen template. */
  public void startFromTemplate() throws IOException {
    if (templateId == null) {
      messages.error(null, "template.notFound");
      return;
    }
    messages.attempt(
        () -> open(programs.startFromTemplate(chart.getPatient().getId(), templateId)));
  }

  /** Opens the next version of the active program. */
  public void change() throws IOException {
    messages.attempt(() -> open(programs.revise(getActive().orElseThrow().getId())));
  }

  private void open(HomeProgram program) throws IOException {
    navigation.redirect("/therapist/programs/edit.xhtml?id=" + program.getId());
  }

  public Optional<HomeProgram> getActive() {
    return getVersions().stream().filter(p -> p.getStatus() == ProgramStatus.ACTIVE).findFirst();
  }

  public HomeProgram getActiveProgram() {
    return getActive().orElse(null);
  }

  public HomeProgram getDraft() {
    return getVersions().stream().filter(HomeProgram::isDraft).findFirst().orElse(null);
  }

  public List<ProgramTemplate> getTemplates() {
    if (templates == null) {
      read();
    }
    return templates;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public List<HomeProgram> getVersions() {
    if (versions == null) {
      read();
    }
    return versions;
  }
}
