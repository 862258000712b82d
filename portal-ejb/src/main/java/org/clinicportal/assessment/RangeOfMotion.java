package org.clinicportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The lumbar range of motion as measured in an assessment: degrees reached in each of the six
 * movements (null when not measured) and whether the movement was painful.
 */
@Embeddable
public class RangeOfMotion {

  @Column(name = "rom_flexion")
  private Integer flexion;

  @Column(name = "rom_extension")
  private Integer extension;

  @Column(name = "rom_side_bend_left")
  private Integer sideBendLeft;

  @Column(name = "rom_side_bend_right")
  private Integer sideBendRight;

  @Column(name = "rom_rotation_left")
  private Integer rotationLeft;

  @Column(name = "rom_rotation_right")
  private Integer rotationRight;

  @Column(name = "pain_on_flexion", nullable = false)
  private boolean painOnFlexion;

  @Column(name = "pain_on_extension", nullable = false)
  private boolean painOnExtension;

  @Column(name = "pain_on_side_bend_left", nullable = false)
  private boolean painOnSideBendLeft;

  @Column(name = "pain_on_side_bend_right", nullable = false)
  private boolean painOnSideBendRight;

  @Column(name = "pain_on_rotation_left", nullable = false)
  private boolean painOnRotationLeft;

  @Column(name = "pain_on_rotation_right", nullable = false)
  private boolean painOnRotationRight;

  /** The degrees reached in a movement, or null when it was not measured. */
  public Integer degrees(Movement movement) {
    return switch (movement) {
      case FLEXION -> flexion;
      case EXTENSION -> extension;
      case SIDE_BEND_LEFT -> sideBendLeft;
      case SIDE_BEND_RIGHT -> sideBendRight;
      case ROTATION_LEFT -> rotationLeft;
      case ROTATION_RIGHT -> rotationRight;
    };
  }

  public boolean isPainful(Movement movement) {
    return switch (movement) {
      case FLEXION -> painOnFlexion;
      case EXTENSION -> painOnExtension;
      case SIDE_BEND_LEFT -> painOnSideBendLeft;
      case SIDE_BEND_RIGHT -> painOnSideBendRight;
      case ROTATION_LEFT -> painOnRotationLeft;
      case ROTATION_RIGHT -> painOnRotationRight;
    };
  }

  /** Records what a movement reached and whether it hurt. */
  void record(Movement movement, Integer degrees, boolean painful) {
    switch (movement) {
      case FLEXION -> {
        flexion = degrees;
        painOnFlexion = painful;
      }
      case EXTENSION -> {
        extension = degrees;
        painOnExtension = painful;
      }
      case SIDE_BEND_LEFT -> {
        sideBendLeft = degrees;
        painOnSideBendLeft = painful;
      }
      case SIDE_BEND_RIGHT -> {
        sideBendRight = degrees;
        painOnSideBendRight = painful;
      }
      case ROTATION_LEFT -> {
        rotationLeft = degrees;
        painOnRotationLeft = painful;
      }
      case ROTATION_RIGHT -> {
        rotationRight = degrees;
        painOnRotationRight = painful;
      }
    }
  }
}
