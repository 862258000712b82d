package org.clinicportal.security;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A new password breaks the password policy; the message keys name each broken rule. */
@ApplicationException(rollback = true)
public class WeakPasswordException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> messageKeys;

  public WeakPasswordException(List<String> messageKeys) {
    super(String.join(", ", messageKeys));
    this.messageKeys = List.copyOf(messageKeys);
  }

  public List<String> messageKeys() {
    return messageKeys;
  }
}
