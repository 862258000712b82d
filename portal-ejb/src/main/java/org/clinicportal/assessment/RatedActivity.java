package org.clinicportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.clinicportal.platform.ClinicOwned;

/**
 * One activity of the Patient-Specific Functional Scale as rated in an assessment. A draft may hold
 * one that is named and not yet rated, or the reverse; a signed assessment's are complete.
 */
@Entity
@Table(name = "assessment_activity")
@NamedQuery(
    name = "RatedActivity.meanOfAssessments",
    query =
        "select r.assessment.id, avg(r.rating) from RatedActivity r where r.assessment.id in :ids"
            + " and r.name is not null and r.rating is not null group by r.assessment.id")
public class RatedActivity extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  private Assessment assessment;

  @Column(nullable = false)
  private int position;

  @Column(length = 200)
  private String name;

  @Column private Integer rating;

  protected RatedActivity() {}

  RatedActivity(Assessment assessment, int position, String name, Integer rating) {
    if ((name == null || name.isBlank()) && rating == null) {
      throw new IllegalArgumentException("An activity line needs a name or a rating");
    }
    this.assessment = assessment;
    this.position = position;
    this.name = name == null || name.isBlank() ? null : name.strip();
    this.rating = rating;
  }

  /** Whether the activity is named and rated, as the scale's score needs. */
  public boolean isComplete() {
    return name != null && rating != null;
  }

  /**
   * The activity as the scale scores it.
   *
   * @throws IllegalStateException for an activity not yet named and rated
   */
  public FunctionalScale.Activity toActivity() {
    if (!isComplete()) {
      throw new IllegalStateException("An activity is scored once it is named and rated");
    }
    return new FunctionalScale.Activity(name, rating);
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  /** The rating, or null while a draft has none yet. */
  public Integer getRating() {
    return rating;
  }
}
