package org.clinicportal.signin;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * What a person types on the sign-in page: the clinic's code, a username within it, and a password.
 */
public class ClinicCredential extends UsernamePasswordCredential {

  private final String clinicCode;

  public ClinicCredential(String clinicCode, String username, String password) {
    super(username == null ? "" : username.trim(), password == null ? "" : password);
    this.clinicCode = clinicCode == null ? "" : clinicCode.trim();
  }

  /** The clinic's code as typed, trimmed; empty for a platform administrator. */
  public String clinicCode() {
    return clinicCode;
  }
}
