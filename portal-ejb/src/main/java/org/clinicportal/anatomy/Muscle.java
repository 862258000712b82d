package org.clinicportal.anatomy;

import java.util.List;

/**
 * The lower-back and hip muscles examined for trigger points, with where their points usually refer
 * pain.
 */
public enum Muscle {
  QUADRATUS_LUMBORUM(
      List.of(
          ReferralArea.SACROILIAC_REGION,
          ReferralArea.LOWER_BUTTOCK,
          ReferralArea.ILIAC_CREST_TOWARD_GROIN,
          ReferralArea.GREATER_TROCHANTER)),
  GLUTEUS_MEDIUS(
      List.of(
          ReferralArea.SACROILIAC_REGION, ReferralArea.LOWER_BUTTOCK, ReferralArea.ILIAC_CREST)),
  GLUTEUS_MINIMUS(List.of(ReferralArea.LOWER_BUTTOCK, ReferralArea.LATERAL_THIGH_AND_CALF)),
  PIRIFORMIS(
      List.of(
          ReferralArea.SACROILIAC_REGION, ReferralArea.LOWER_BUTTOCK, ReferralArea.BACK_OF_THIGH)),
  ILIOPSOAS(List.of(ReferralArea.LUMBAR_SPINE_VERTICAL, ReferralArea.FRONT_OF_THIGH)),
  ERECTOR_SPINAE(List.of(ReferralArea.LUMBAR_SPINE_VERTICAL, ReferralArea.LOWER_BUTTOCK)),
  MULTIFIDUS(List.of(ReferralArea.LUMBAR_SPINE_VERTICAL, ReferralArea.SACROILIAC_REGION));

  /** The areas pain from a muscle's trigger points is commonly felt in. */
  public enum ReferralArea {
    SACROILIAC_REGION,
    LOWER_BUTTOCK,
    ILIAC_CREST,
    ILIAC_CREST_TOWARD_GROIN,
    GREATER_TROCHANTER,
    LATERAL_THIGH_AND_CALF,
    BACK_OF_THIGH,
    FRONT_OF_THIGH,
    LUMBAR_SPINE_VERTICAL
  }

  private final List<ReferralArea> usualReferral;

  Muscle(List<ReferralArea> usualReferral) {
    this.usualReferral = usualReferral;
  }

  public List<ReferralArea> usualReferral() {
    return usualReferral;
  }
}
