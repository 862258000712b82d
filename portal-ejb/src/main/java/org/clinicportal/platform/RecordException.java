package org.clinicportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * An expected refusal: the request was understood but breaks a rule of the portal. The message key
 * names the sentence the page shows; nothing was changed.
 */
@ApplicationException(rollback = true)
public class RecordException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public RecordException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
