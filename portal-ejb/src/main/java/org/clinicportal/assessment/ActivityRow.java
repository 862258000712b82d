package org.clinicportal.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One line of the functional scale: an activity the patient finds hard and its rating. */
public class ActivityRow implements Serializable {
  private static final long serialVersionUID = 1L;

  @Size(max = 200, message = "{assessment.activity.size}")
  private String name;

  @Min(value = 0, message = "{assessment.activity.range}")
  @Max(value = 10, message = "{assessment.activity.range}")
  private Integer rating;

  public ActivityRow() {}

  public ActivityRow(String name, Integer rating) {
    this.name = name;
    this.rating = rating;
  }

  /** Whether anything was entered on this line. */
  public boolean isFilled() {
    return (name != null && !name.isBlank()) || rating != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }
}
