package org.clinicportal.assessment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The answers to the red-flag screen. Any sign present means the patient needs a medical review
 * before a home program may start; a documented clearance lifts that.
 */
public final class RedFlagScreen {

  private final EnumSet<RedFlag> present = EnumSet.noneOf(RedFlag.class);

  private RedFlagScreen(Set<RedFlag> present) {
    this.present.addAll(present);
  }

  public static RedFlagScreen of(Set<RedFlag> present) {
    return new RedFlagScreen(present);
  }

  public static RedFlagScreen clear() {
    return new RedFlagScreen(Set.of());
  }

  public boolean needsMedicalReview() {
    return !present.isEmpty();
  }

  /** Cauda equina signs call for same-day emergency care rather than a routine referral. */
  public boolean isUrgent() {
    return present.stream().anyMatch(flag -> flag.concern() == RedFlag.Concern.CAUDA_EQUINA);
  }

  public Set<RedFlag> present() {
    return EnumSet.copyOf(present);
  }
}
