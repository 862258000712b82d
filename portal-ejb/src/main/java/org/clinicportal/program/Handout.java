package org.clinicportal.program;

/** A printable handout: the file name to offer and the PDF itself. */
public record Handout(String fileName, byte[] pdf) {}
