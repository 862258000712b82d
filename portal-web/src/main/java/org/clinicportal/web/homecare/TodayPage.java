package org.clinicportal.web.homecare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicportal.homecare.CheckIns;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.homecare.LogOutcome;
import org.clinicportal.homecare.SkipReason;
import org.clinicportal.homecare.TodaysPlan;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.questionnaire.Questionnaires;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;

/**
 * The patient's home page: today's exercises, each round marked done or skipped with a reason, and
 * the week's check-in and the clinic's questionnaires while they are open.
 */
@Named
@ViewScoped
public class TodayPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private HomeCare homeCare;
  @Inject private CheckIns checkIns;
  @Inject private Questionnaires questionnaires;
  @Inject private Patients patients;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private transient boolean patientRead;
  private transient Patient patient;
  private transient boolean planRead;
  private transient TodaysPlan plan;
  private String checkInPath;
  private List<OpenQuestions> openQuestions = List.of();
  private final Map<Long, SkipReason> reasons = new HashMap<>();

  public void load() {
    readPatient();
    refresh();
    if (patient != null) {
      messages.attempt(() -> checkInPath = checkIns.openOfMine().orElse(null));
      messages.attempt(
          () ->
              openQuestions =
                  questionnaires.openOfMine().stream()
                      .map(open -> new OpenQuestions(open.getId(), open.isStarted()))
                      .toList());
    }
  }

  /** A questionnaire the patient may answer today, and whether they began it. */
  public record OpenQuestions(long id, boolean started) implements Serializable {}

  public List<OpenQuestions> getOpenQuestions() {
    return openQuestions;
  }

  public void done(long itemId, int round) {
    log(itemId, round, LogOutcome.DONE, null);
  }

  public void skip(long itemId, int round) {
    SkipReason reason = reasons.get(itemId);
    if (reason == null) {
      messages.error(null, "homecare.skipReason");
      return;
    }
    log(itemId, round, LogOutcome.SKIPPED, reason);
  }

  private void log(long itemId, int round, LogOutcome outcome, SkipReason reason) {
    messages.attempt(
        () -> {
          homeCare.log(itemId, round, outcome, reason);
          reasons.remove(itemId);
        });
    refresh();
  }

  private void refresh() {
    planRead = true;
    if (getPatient() == null) {
      return;
    }
    messages.attempt(() -> plan = homeCare.todaysPlan());
  }

  /** The signed-in patient's record, read once per copy of the view. */
  private void readPatient() {
    patientRead = true;
    patient = patients.ofAccount(currentUser.required().accountId()).orElse(null);
  }

  public List<SkipReason> getSkipReasons() {
    return List.of(SkipReason.values());
  }

  public Patient getPatient() {
    if (!patientRead) {
      readPatient();
    }
    return patient;
  }

  /** The path of the page that answers this week's open check-in, or null when none is open. */
  public String getCheckInPath() {
    return checkInPath;
  }

  public TodaysPlan getPlan() {
    if (!planRead) {
      refresh();
    }
    return plan;
  }

  public Map<Long, SkipReason> getReasons() {
    return reasons;
  }
}
