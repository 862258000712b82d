package org.clinicportal.clinic;

/** A clinic is about to be removed from the register; observers remove what it was given. */
public record ClinicRemoving(long clinicId) {}
