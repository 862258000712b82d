package org.clinicportal.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinicportal.platform.RecordException;

/**
 * Creates the platform's first operator at start-up, with the password the installer put in {@code
 * PORTAL_OPERATOR_PASSWORD} (and the username in {@code PORTAL_OPERATOR_USERNAME}, {@code platform}
 * when unset). Nothing happens once an operator exists; with none and no password given, the log
 * says how to create one. Runs after the demonstration data, which creates its own operator only
 * when no password is given.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstOperator {

  public static final String PASSWORD_VARIABLE = "PORTAL_OPERATOR_PASSWORD";
  public static final String USERNAME_VARIABLE = "PORTAL_OPERATOR_USERNAME";
  static final String DEFAULT_USERNAME = "platform";

  private static final Logger LOG = Logger.getLogger(FirstOperator.class.getName());

  @Inject private PlatformAdmins platformAdmins;

  /** Whether the server's environment gives the first operator's password. */
  public static boolean isConfigured(Map<String, String> environment) {
    String password = environment.get(PASSWORD_VARIABLE);
    return password != null && !password.isBlank();
  }

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void create() {
    Map<String, String> environment = System.getenv();
    if (!isConfigured(environment)) {
      if (platformAdmins.count() == 0) {
        LOG.warning(
            "No platform operator exists, so nobody can open a clinic. To create the first one,"
                + " set "
                + PASSWORD_VARIABLE
                + " (and "
                + USERNAME_VARIABLE
                + ", "
                + DEFAULT_USERNAME
                + " when unset) in the server's environment and restart the portal.");
      }
      return;
    }
    String username =
        Optional.ofNullable(environment.get(USERNAME_VARIABLE))
            .filter(name -> !name.isBlank())
            .orElse(DEFAULT_USERNAME);
    try {
      platformAdmins
          .openFirst(username, "Platform Operator", environment.get(PASSWORD_VARIABLE))
          .ifPresentOrElse(
              created ->
                  LOG.info(
                      () ->
                          "Created the first platform operator "
                              + created.username()
                              + " with the password of "
                              + PASSWORD_VARIABLE),
              () ->
                  LOG.info(
                      () ->
                          "A platform operator exists already; "
                              + PASSWORD_VARIABLE
                              + " was not used and can be removed"));
    } catch (WeakPasswordException e) {
      LOG.severe(
          () ->
              PASSWORD_VARIABLE
                  + " breaks the password policy ("
                  + String.join(", ", e.messageKeys())
                  + "): no operator was created. Choose a longer, less common password and"
                  + " restart the portal.");
    } catch (RecordException e) {
      LOG.severe(
          () ->
              USERNAME_VARIABLE
                  + " is not a valid username (lower-case letters, digits, dots, dashes and"
                  + " underscores, 2 to 80): no operator was created.");
    }
  }
}
