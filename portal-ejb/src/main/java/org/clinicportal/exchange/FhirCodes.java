package org.clinicportal.exchange;

import java.util.Set;

/**
 * The code systems and codes the portal's FHIR resources carry. LOINC and SNOMED CT codes are those
 * the HL7 Physical Activity implementation guide and the LOINC pages give for these measures; what
 * no public code system names (the functional scale's mean, a session's effort, professions) is
 * coded in the portal's own code systems, below the portal's FHIR address.
 */
final class FhirCodes {

  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String UCUM = "http://unitsofmeasure.org";

  /** Languages by their BCP 47 tags, as a patient's preferred language is coded. */
  static final String LANGUAGE = "urn:ietf:bcp:47";

  /**
   * The portal's languages that R4's value set of common languages lists, to which a patient's
   * language is bound; a language it does not list (Ukrainian) is given by its name alone.
   */
  static final Set<String> COMMON_LANGUAGES = Set.of("en", "es", "de", "fr", "pl");

  static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  /** LOINC 72514-3: pain severity on the 0-10 verbal numeric rating scale, as reported. */
  static final String PAIN_SEVERITY = "72514-3";

  /** LOINC 97909-6: the Oswestry Disability Index score. */
  static final String OSWESTRY_SCORE = "97909-6";

  /** SNOMED CT 229065009: exercise therapy, the code of an exercise prescription. */
  static final String EXERCISE_THERAPY = "229065009";

  /** The portal's code for the mean of the Patient-Specific Functional Scale's ratings. */
  static final String FUNCTIONAL_SCALE_MEAN = "psfs-mean";

  /** The portal's code for how hard a home session felt, 0 to 10. */
  static final String SESSION_EFFORT = "session-effort";

  /** The portal's codes for when in a session a pain reading was taken. */
  static final String BEFORE_SESSION = "before-session";

  static final String AFTER_SESSION = "after-session";

  private FhirCodes() {}
}
