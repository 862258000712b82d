package org.clinicportal.assessment;

/** A signed assessment as a PDF, with the file name it is downloaded under. */
public record AssessmentPrint(String fileName, byte[] pdf) {}
