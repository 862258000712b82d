package org.clinicportal.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** The score of one Oswestry section, 0-5, or null when the patient left it out. */
public class OswestryRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private OswestryIndex.Section section;

  @Min(value = 0, message = "{assessment.oswestry.range}")
  @Max(value = 5, message = "{assessment.oswestry.range}")
  private Integer score;

  public OswestryRow() {}

  public OswestryRow(OswestryIndex.Section section, Integer score) {
    this.section = section;
    this.score = score;
  }

  public OswestryIndex.Section getSection() {
    return section;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }
}
