package org.clinicportal.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address the current request came from; set by the web layer, read by the audit trail.
 */
@RequestScoped
public class CallerAddress {

  /** What the trail records for work the server does on its own, outside any request. */
  public static final String SERVER = "server";

  private String address = SERVER;

  public String get() {
    return address;
  }

  public void set(String address) {
    if (address != null && !address.isBlank()) {
      this.address = address.length() > 64 ? address.substring(0, 64) : address;
    }
  }
}
