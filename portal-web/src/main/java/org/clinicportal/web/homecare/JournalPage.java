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
  private transient boolean loaded;
  private transient CareProgress progress;
  private boolean saved;
  private boolean urgent;

  public void load() {
    loaded = true;
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
          JournalEntry entry = homeCare.record(form);
          saved = true;
          urgent = entry.raisesSafetyConcern();
          progress = homeCare.myProgress();
          if (!urgent) {
            messages.info(null, "journal.saved");
          }
        });
  }

  /** Clears the form for another session. */
  public void startAnother() {
    Long programId = form.getProgramId();
    form = new JournalForm();
    form.setProgramId(programId);
    saved = false;
    urgent = false;
  }

  /** Whether the entry the patient just wrote raised a safety concern. */
  public boolean isUrgent() {
    return urgent;
  }

  public JournalForm getForm() {
    return form;
  }

  /** Whether the patient has just saved an entry, which the page then confirms. */
  public boolean isSaved() {
    return saved;
  }

  public List<JournalEntry> getEntries() {
    if (!loaded) {
      load();
    }
    return progress == null ? List.of() : progress.entries();
  }
}
