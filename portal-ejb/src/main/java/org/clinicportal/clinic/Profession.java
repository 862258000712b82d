package org.clinicportal.clinic;

/** The professions that practise in the clinics the portal serves. */
public enum Profession {
  CHIROPRACTOR,
  PHYSICAL_THERAPIST,
  MASSAGE_THERAPIST
}
