package org.clinicportal.platform;

/** A picture as the portal keeps it: re-encoded, with its content type and size in pixels. */
public record Picture(byte[] content, String type, int width, int height) {}
