package org.clinicportal.exchange;

import java.nio.charset.StandardCharsets;

/** A record exported as FHIR JSON, with the name the portal gives its file. */
public record RecordExport(String json, String fileName) {

  /** The FHIR JSON media type. */
  public static final String MEDIA_TYPE = "application/fhir+json";

  public byte[] bytes() {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
