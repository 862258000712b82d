package org.clinicportal.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clinicportal.assessment.Progress;
import org.clinicportal.patient.DischargeReason;

/**
 * What one closed episode of care came to: who treated the patient, how it ended, each measure's
 * last value against its first, by the therapist or the patient, read against its smallest
 * important change (null where the episode has no two measurements of it), the share of its home
 * program's rounds done (null when none were asked for), and its alerts with the hours each took to
 * be acknowledged.
 */
public record EpisodeOutcome(
    long episodeId,
    String therapist,
    LocalDate openedOn,
    LocalDate closedOn,
    DischargeReason reason,
    Progress.Reading pain,
    Progress.Reading disability,
    Progress.Reading function,
    Integer adherencePercent,
    int alertsRaised,
    List<Double> hoursToAcknowledge)
    implements Serializable {}
