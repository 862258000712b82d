package org.clinicportal.clinic;

/** A clinic has just been registered; observers give it what a new clinic starts with. */
public record ClinicOpened(long clinicId) {}
