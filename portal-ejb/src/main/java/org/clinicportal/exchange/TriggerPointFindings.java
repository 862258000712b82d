package org.clinicportal.exchange;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.clinicportal.assessment.TriggerPoint;
import org.clinicportal.assessment.TriggerPointCriteria;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/**
 * A trigger point the examiner palpated, as an Observation of the assessment: what was found
 * (active, latent, or not a trigger point, by the essential and confirmatory criteria of Travell
 * and Simons), where (the muscle in the portal's muscle code system, and the side), each criterion
 * as a component, and where the pain referred to. The codes are the portal's own, published as
 * {@code CodeSystem/trigger-point}: SNOMED CT has codes for some of these, but outside member
 * countries it needs a licence, so the portal ships its own.
 */
final class TriggerPointFindings {

  /** The code of the finding itself. */
  static final String FINDING = "myofascial-trigger-point";

  /** Each criterion's code and its words, in the order of the examination form. */
  static final Map<String, String> CRITERIA = new LinkedHashMap<>();

  /** Each classification's code and its words. */
  static final Map<String, String> CLASSIFICATIONS = new LinkedHashMap<>();

  static {
    CRITERIA.put("taut-band", "A taut band within the muscle (essential)");
    CRITERIA.put("hypersensitive-spot", "A hypersensitive spot within the taut band (essential)");
    CRITERIA.put("referred-pain", "Pressure on the spot refers pain elsewhere (essential)");
    CRITERIA.put("local-twitch-response", "A local twitch response (confirmatory)");
    CRITERIA.put("jump-sign", "A jump sign (confirmatory)");
    CRITERIA.put(
        "reproduces-familiar-pain", "Pressure reproduces the pain the patient knows (active)");
    CLASSIFICATIONS.put("active", "Active trigger point: all essential criteria, familiar pain");
    CLASSIFICATIONS.put("latent", "Latent trigger point: all essential criteria, no familiar pain");
    CLASSIFICATIONS.put(
        "not-a-trigger-point", "Not a trigger point: an essential criterion missing");
  }

  private TriggerPointFindings() {}

  /** The finding's observation, its subject, time, performer and status set by the caller. */
  static Observation of(String base, TriggerPoint point) {
    String system = PortalCodeSystems.url(base, PortalCodeSystems.TRIGGER_POINTS);
    TriggerPointCriteria criteria = point.criteria();
    String classification = criteria.classify().name().toLowerCase(Locale.ROOT).replace('_', '-');
    String muscle = point.getMuscle().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    Observation observation =
        new Observation()
            .setCode(
                new CodeableConcept()
                    .addCoding(new Coding(system, FINDING, null))
                    .setText("Myofascial trigger point"))
            .setValue(
                new CodeableConcept()
                    .addCoding(new Coding(system, classification, null))
                    .setText(CLASSIFICATIONS.get(classification)))
            .setBodySite(
                new CodeableConcept()
                    .addCoding(
                        new Coding(
                            PortalCodeSystems.url(base, PortalCodeSystems.MUSCLES),
                            point.getMuscle().name(),
                            null))
                    .setText(
                        point.getSide().name().charAt(0)
                            + point.getSide().name().substring(1).toLowerCase(Locale.ROOT)
                            + " "
                            + muscle
                            + (point.isDeepMedial() ? ", deep medial" : "")));
    boolean[] found = {
      criteria.tautBand(),
      criteria.hypersensitiveSpot(),
      criteria.referredPain(),
      criteria.localTwitchResponse(),
      criteria.jumpSign(),
      criteria.reproducesFamiliarPain()
    };
    int i = 0;
    for (String criterion : CRITERIA.keySet()) {
      observation
          .addComponent()
          .setCode(new CodeableConcept().addCoding(new Coding(system, criterion, null)))
          .setValue(new BooleanType(found[i++]));
    }
    if (point.getReferredTo() != null && !point.getReferredTo().isBlank()) {
      observation.addNote().setText("Pain referred to: " + point.getReferredTo().strip());
    }
    if (point.getNote() != null && !point.getNote().isBlank()) {
      observation.addNote().setText(point.getNote().strip());
    }
    return observation;
  }
}
