package org.clinicportal.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.clinicportal.platform.RecordException;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.review.ProgramReview;
import org.clinicportal.review.ReviewChoice;
import org.clinicportal.review.Reviews;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.Navigation;
import org.clinicportal.web.RecordIds;

/**
 * The review of a patient's active program: the facts of the period, a proposal per exercise, and
 * the therapist's decisions, which make the next version.
 */
@Named
@ViewScoped
public class ProgramReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Reviews reviews;
  @Inject private Messages messages;
  @Inject private Navigation navigation;
  @Inject private CurrentUser currentUser;

  private String patient;
  private ProgramReview review;
  private List<DecisionRow> rows = List.of();
  private LocalDate nextReview;

  public void load() throws IOException {
    OptionalLong id = RecordIds.parse(patient);
    if (id.isEmpty()) {
      messages.notFound();
      return;
    }
    try {
      show(reviews.review(id.getAsLong()));
    } catch (RecordException refused) {
      if (refused.messageKey().endsWith(".notFound")) {
        messages.notFound();
      } else {
        messages.error(null, refused.messageKey());
      }
    }
  }

  private void show(ProgramReview shown) {
    review = shown;
    rows = shown.exercises().stream().map(DecisionRow::new).toList();
    nextReview = shown.nextReviewOn();
  }

  /** Makes the next version from the decisions and opens it. */
  public void decide() throws IOException {
    try {
      HomeProgram next =
          reviews.decide(
              review.patientId(),
              review.programVersion(),
              rows.stream().map(DecisionRow::decision).toList(),
              nextReview);
      messages.flashInfo("review.decided");
      navigation.redirect("/therapist/programs/view.xhtml?id=" + next.getId());
    } catch (RecordException refused) {
      messages.error(null, refused.messageKey());
    }
  }

  public boolean isMayDecide() {
    return "THERAPIST".equals(currentUser.getRole());
  }

  public ReviewChoice[] getChoices() {
    return ReviewChoice.values();
  }

  public String getPatient() {
    return patient;
  }

  public void setPatient(String patient) {
    this.patient = patient;
  }

  public ProgramReview getReview() {
    return review;
  }

  public List<DecisionRow> getRows() {
    return rows;
  }

  public LocalDate getNextReview() {
    return nextReview;
  }

  public void setNextReview(LocalDate nextReview) {
    this.nextReview = nextReview;
  }
}
