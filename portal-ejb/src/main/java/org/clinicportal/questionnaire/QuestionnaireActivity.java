package org.clinicportal.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.clinicportal.assessment.FunctionalScale;
import org.clinicportal.platform.ClinicOwned;

/**
 * One of the patient's own functional-scale activities in a questionnaire: named by the assessment
 * that chose it, rated 0 to 10 by the patient, or left unrated.
 */
@Entity
@Table(name = "questionnaire_activity")
@NamedQuery(
    name = "QuestionnaireActivity.meanOfQuestionnaires",
    query =
        "select a.questionnaire.id, avg(a.rating) from QuestionnaireActivity a"
            + " where a.questionnaire.id in :ids and a.rating is not null"
            + " group by a.questionnaire.id")
public class QuestionnaireActivity extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "questionnaire_id", nullable = false, updatable = false)
  private Questionnaire questionnaire;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, length = 200, updatable = false)
  private String name;

  @Column private Integer rating;

  protected QuestionnaireActivity() {}

  QuestionnaireActivity(Questionnaire questionnaire, int position, String name) {
    this.questionnaire = questionnaire;
    this.position = position;
    this.name = name;
  }

  void rate(Integer rating) {
    if (rating != null && (rating < 0 || rating > 10)) {
      throw new IllegalArgumentException("An activity is rated 0 to 10, not " + rating);
    }
    this.rating = rating;
  }

  /** The activity as the scale scores it, when it was rated. */
  FunctionalScale.Activity toActivity() {
    return new FunctionalScale.Activity(name, rating);
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  /** The patient's rating, or null while it has none. */
  public Integer getRating() {
    return rating;
  }
}
