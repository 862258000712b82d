package org.clinicportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;
import org.clinicportal.platform.ClinicOwned;

/** The findings at one examined spot of one muscle, as recorded in an assessment. */
@Entity
@Table(name = "assessment_trigger_point")
public class TriggerPoint extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  private Assessment assessment;

  @Column(nullable = false)
  private int position;

  /** Null while a draft's point is not yet placed; signing needs it. */
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Muscle muscle;

  @Enumerated(EnumType.STRING)
  @Column(length = 5)
  private Side side;

  @Column(name = "deep_medial", nullable = false)
  private boolean deepMedial;

  @Column(name = "taut_band", nullable = false)
  private boolean tautBand;

  @Column(name = "hypersensitive_spot", nullable = false)
  private boolean hypersensitiveSpot;

  @Column(name = "referred_pain", nullable = false)
  private boolean referredPain;

  @Column(name = "referred_to", length = 300)
  private String referredTo;

  @Column(name = "local_twitch", nullable = false)
  private boolean localTwitchResponse;

  @Column(name = "jump_sign", nullable = false)
  private boolean jumpSign;

  @Column(name = "familiar_pain", nullable = false)
  private boolean reproducesFamiliarPain;

  @Column(length = 500)
  private String note;

  protected TriggerPoint() {}

  TriggerPoint(Assessment assessment, int position, TriggerPointRow row) {
    this.assessment = assessment;
    this.position = position;
    this.muscle = row.getMuscle();
    this.side = row.getSide();
    this.deepMedial = row.isDeepMedial() && row.getMuscle() == Muscle.QUADRATUS_LUMBORUM;
    this.tautBand = row.isTautBand();
    this.hypersensitiveSpot = row.isHypersensitiveSpot();
    this.referredPain = row.isReferredPain();
    this.referredTo = referredPain ? Assessment.trim(row.getReferredTo()) : null;
    this.localTwitchResponse = row.isLocalTwitchResponse();
    this.jumpSign = row.isJumpSign();
    this.reproducesFamiliarPain = row.isReproducesFamiliarPain();
    this.note = Assessment.trim(row.getNote());
  }

  TriggerPointRow toRow() {
    TriggerPointRow row = new TriggerPointRow();
    row.setMuscle(muscle);
    row.setSide(side);
    row.setDeepMedial(deepMedial);
    row.setTautBand(tautBand);
    row.setHypersensitiveSpot(hypersensitiveSpot);
    row.setReferredPain(referredPain);
    row.setReferredTo(referredTo);
    row.setLocalTwitchResponse(localTwitchResponse);
    row.setJumpSign(jumpSign);
    row.setReproducesFamiliarPain(reproducesFamiliarPain);
    row.setNote(note);
    return row;
  }

  public TriggerPointCriteria criteria() {
    return new TriggerPointCriteria(
        tautBand,
        hypersensitiveSpot,
        referredPain,
        localTwitchResponse,
        jumpSign,
        reproducesFamiliarPain);
  }

  public TriggerPointCriteria.Classification getClassification() {
    return criteria().classify();
  }

  public int getPosition() {
    return position;
  }

  public Muscle getMuscle() {
    return muscle;
  }

  public Side getSide() {
    return side;
  }

  public boolean isDeepMedial() {
    return deepMedial;
  }

  /** Whether the point's pain was felt elsewhere. */
  public boolean hasReferredPain() {
    return referredPain;
  }

  public String getReferredTo() {
    return referredTo;
  }

  public String getNote() {
    return note;
  }
}
