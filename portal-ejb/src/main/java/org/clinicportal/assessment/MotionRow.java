package org.clinicportal.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** The range of one lumbar movement in degrees and whether it hurt. */
public class MotionRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private Movement movement;

  @Min(value = 0, message = "{assessment.motion.range}")
  @Max(value = Movement.MAX_DEGREES, message = "{assessment.motion.range}")
  private Integer degrees;

  private boolean painful;

  public MotionRow() {}

  public MotionRow(Movement movement, Integer degrees, boolean painful) {
    this.movement = movement;
    this.degrees = degrees;
    this.painful = painful;
  }

  public Movement getMovement() {
    return movement;
  }

  public Integer getDegrees() {
    return degrees;
  }

  public void setDegrees(Integer degrees) {
    this.degrees = degrees;
  }

  public boolean isPainful() {
    return painful;
  }

  public void setPainful(boolean painful) {
    this.painful = painful;
  }
}
