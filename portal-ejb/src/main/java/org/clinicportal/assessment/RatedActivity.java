package org.clinicportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clinicportal.platform.ClinicOwned;

/** One activity of the Patient-Specific Functional Scale as rated in an assessment. */
@Entity
@Table(name = "assessment_activity")
public class RatedActivity extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  private Assessment assessment;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private int rating;

  protected RatedActivity() {}

  RatedActivity(Assessment assessment, int position, FunctionalScale.Activity activity) {
    this.assessment = assessment;
    this.position = position;
    this.name = activity.name();
    this.rating = activity.rating();
  }

  public FunctionalScale.Activity toActivity() {
    return new FunctionalScale.Activity(name, rating);
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public int getRating() {
    return rating;
  }
}
