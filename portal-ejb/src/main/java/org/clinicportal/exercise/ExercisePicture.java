package org.clinicportal.exercise;

/** The picture a clinic uploaded for one of its exercises, as it is sent to a browser. */
public record ExercisePicture(byte[] content, String type) {}
