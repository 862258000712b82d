package org.clinicportal.review;

import java.io.Serializable;
import org.clinicportal.assessment.Progress;

/**
 * One measure of the episode's first and latest signed assessments, as the review shows it: the
 * message key of its name, both values (null where it was not recorded) and how the change reads
 * against its smallest important change (null when it cannot be read).
 */
public record MeasuredChange(String key, Double before, Double after, Progress.Reading reading)
    implements Serializable {}
