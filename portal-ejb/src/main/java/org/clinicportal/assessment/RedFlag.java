package org.clinicportal.assessment;

/**
 * The warning signs of serious low back pathology (AHCPR guideline), grouped by what they may point
 * to.
 */
public enum RedFlag {
  MAJOR_TRAUMA(Concern.FRACTURE),
  MINOR_TRAUMA_OLDER_OR_OSTEOPOROTIC(Concern.FRACTURE),
  AGE_OVER_50_OR_UNDER_20(Concern.TUMOUR_OR_INFECTION),
  HISTORY_OF_CANCER(Concern.TUMOUR_OR_INFECTION),
  FEVER_OR_UNEXPLAINED_WEIGHT_LOSS(Concern.TUMOUR_OR_INFECTION),
  IV_DRUG_USE_OR_IMMUNOSUPPRESSION(Concern.TUMOUR_OR_INFECTION),
  PAIN_AT_NIGHT_OR_LYING_DOWN(Concern.TUMOUR_OR_INFECTION),
  SADDLE_ANAESTHESIA(Concern.CAUDA_EQUINA),
  URINARY_RETENTION_OR_INCONTINENCE(Concern.CAUDA_EQUINA),
  PROGRESSIVE_NEUROLOGICAL_DEFICIT(Concern.CAUDA_EQUINA),
  LAX_ANAL_SPHINCTER(Concern.CAUDA_EQUINA),
  FOOT_DROP(Concern.CAUDA_EQUINA);

  /** What a positive sign may indicate. */
  public enum Concern {
    FRACTURE,
    TUMOUR_OR_INFECTION,
    CAUDA_EQUINA
  }

  private final Concern concern;

  RedFlag(Concern concern) {
    this.concern = concern;
  }

  public Concern concern() {
    return concern;
  }
}
