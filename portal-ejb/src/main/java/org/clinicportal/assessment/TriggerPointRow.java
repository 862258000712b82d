package org.clinicportal.assessment;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;

/** The findings at one examined spot of one muscle. */
public class TriggerPointRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private Muscle muscle;
  private Side side;
  private boolean deepMedial;
  private boolean tautBand;
  private boolean hypersensitiveSpot;
  private boolean referredPain;

  @Size(max = 300, message = "{assessment.referredTo.size}")
  private String referredTo;

  private boolean localTwitchResponse;
  private boolean jumpSign;
  private boolean reproducesFamiliarPain;

  @Size(max = 500, message = "{assessment.pointNote.size}")
  private String note;

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

  /**
   * The point's findings under stable names: muscle and side by their constants, the signs seen as
   * a list of their names, and the therapist's own words as typed.
   */
  Map<String, String> facts() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("muscle", muscle == null ? "" : muscle.name());
    facts.put("side", side == null ? "" : side.name());
    facts.put(
        "signs",
        Stream.of(
                deepMedial ? "deepMedial" : null,
                tautBand ? "tautBand" : null,
                hypersensitiveSpot ? "hypersensitiveSpot" : null,
                referredPain ? "referredPain" : null,
                localTwitchResponse ? "localTwitchResponse" : null,
                jumpSign ? "jumpSign" : null,
                reproducesFamiliarPain ? "reproducesFamiliarPain" : null)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", ")));
    facts.put("referredTo", referredPain && referredTo != null ? referredTo.trim() : "");
    facts.put("note", note == null ? "" : note.trim());
    return facts;
  }

  public Muscle getMuscle() {
    return muscle;
  }

  public void setMuscle(Muscle muscle) {
    this.muscle = muscle;
  }

  public Side getSide() {
    return side;
  }

  public void setSide(Side side) {
    this.side = side;
  }

  public boolean isDeepMedial() {
    return deepMedial;
  }

  public void setDeepMedial(boolean deepMedial) {
    this.deepMedial = deepMedial;
  }

  public boolean isTautBand() {
    return tautBand;
  }

  public void setTautBand(boolean tautBand) {
    this.tautBand = tautBand;
  }

  public boolean isHypersensitiveSpot() {
    return hypersensitiveSpot;
  }

  public void setHypersensitiveSpot(boolean hypersensitiveSpot) {
    this.hypersensitiveSpot = hypersensitiveSpot;
  }

  public boolean isReferredPain() {
    return referredPain;
  }

  public void setReferredPain(boolean referredPain) {
    this.referredPain = referredPain;
  }

  public String getReferredTo() {
    return referredTo;
  }

  public void setReferredTo(String referredTo) {
    this.referredTo = referredTo;
  }

  public boolean isLocalTwitchResponse() {
    return localTwitchResponse;
  }

  public void setLocalTwitchResponse(boolean localTwitchResponse) {
    this.localTwitchResponse = localTwitchResponse;
  }

  public boolean isJumpSign() {
    return jumpSign;
  }

  public void setJumpSign(boolean jumpSign) {
    this.jumpSign = jumpSign;
  }

  public boolean isReproducesFamiliarPain() {
    return reproducesFamiliarPain;
  }

  public void setReproducesFamiliarPain(boolean reproducesFamiliarPain) {
    this.reproducesFamiliarPain = reproducesFamiliarPain;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
