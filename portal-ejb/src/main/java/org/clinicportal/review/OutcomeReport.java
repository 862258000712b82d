package org.clinicportal.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The clinic's outcomes over a period: the episodes of care closed in it, summed up per therapist
 * who treated the patients and for the whole clinic, and each episode for the download.
 */
public record OutcomeReport(
    LocalDate from,
    LocalDate to,
    List<OutcomeSummary> perTherapist,
    OutcomeSummary clinic,
    List<EpisodeOutcome> episodes)
    implements Serializable {}
