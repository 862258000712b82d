package org.clinicportal.web.homecare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.homecare.CareProgress;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.homecare.JournalForm;
import org.clinicportal.web.Messages;

/**
 * The patient's journal: a form for the session just done, with the safety questions every time,
 * and the entries so far. A sent form keeps its submission key until the patient starts a new one,
 * so a second tap on the button records nothing more.
 */
@Named
@ViewScoped
public class JournalPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private HomeCare homeCare;
  @Inject private Messages messages;

  private JournalForm form = new JournalForm();
  private CareProgress progress;
  private JournalEntry saved;

  public void load() {
    messages.attempt(
        () -> {
          progress = homeCare.myProgress();
          form.setProgramId(progress.hasProgram() ? progress.program().getId() : null);
        });
  }

  public void save() {
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      problems.forEach(problem -> messages.error(null, problem));
      return;
    }
    messages.attempt(
        () -> {
          saved = homeCare.record(form);
          progress = homeCare.myProgress();
          if (!saved.raisesSafetyConcern()) {
            messages.info(null, "journal.saved");
          }
        });
  }

  /** Clears the form for another session. */
  public void startAnother() {
    Long programId = form.getProgramId();
    form = new JournalForm();
    form.setProgramId(programId);
    saved = null;
  }

  public boolean isUrgent() {
    return saved != null && saved.raisesSafetyConcern();
  }

  public JournalForm getForm() {
    return form;
  }

  public JournalEntry getSaved() {
    return saved;
  }

  public List<JournalEntry> getEntries() {
    return progress == null ? List.of() : progress.entries();
  }
}
