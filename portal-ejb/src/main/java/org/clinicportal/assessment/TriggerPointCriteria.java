package org.clinicportal.assessment;

/**
 * What the examiner found at one spot (Travell and Simons; Delphi consensus 2018). A trigger point
 * needs all three essential criteria: a taut band, a hypersensitive spot within it, and referred
 * pain. It is active when pressure reproduces the pain the patient knows, latent when it is tender
 * but does not.
 */
public record TriggerPointCriteria(
    boolean tautBand,
    boolean hypersensitiveSpot,
    boolean referredPain,
    boolean localTwitchResponse,
    boolean jumpSign,
    boolean reproducesFamiliarPain) {

  /** How the findings at a spot are classified. */
  public enum Classification {
    ACTIVE,
    LATENT,
    NOT_A_TRIGGER_POINT
  }

  public Classification classify() {
    if (!(tautBand && hypersensitiveSpot && referredPain)) {
      return Classification.NOT_A_TRIGGER_POINT;
    }
    return reproducesFamiliarPain ? Classification.ACTIVE : Classification.LATENT;
  }

  /** How many of the confirmatory signs (local twitch response, jump sign) were seen. */
  public int confirmatorySigns() {
    return (localTwitchResponse ? 1 : 0) + (jumpSign ? 1 : 0);
  }
}
