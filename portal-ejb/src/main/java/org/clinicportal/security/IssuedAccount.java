package org.clinicportal.security;

import java.io.Serializable;

/**
 * An account and the one-time password it was given, to be shown once to the person who issued it.
 */
public record IssuedAccount(long accountId, String username, String oneTimePassword)
    implements Serializable {}
