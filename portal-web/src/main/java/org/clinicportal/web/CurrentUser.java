package org.clinicportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.clinicportal.platform.ClinicPrincipal;

/** The signed-in person, as pages and backing beans see them. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private HttpServletRequest request;

  public Optional<ClinicPrincipal> principal() {
    return request.getUserPrincipal() instanceof ClinicPrincipal principal
        ? Optional.of(principal)
        : Optional.empty();
  }

  /** The principal of a page that requires sign-in; the container guarantees one is there. */
  public ClinicPrincipal required() {
    return principal()
        .orElseThrow(() -> new IllegalStateException("This page requires a signed-in user"));
  }

  public boolean isSignedIn() {
    return principal().isPresent();
  }

  public String getDisplayName() {
    return principal().map(ClinicPrincipal::displayName).orElse("");
  }

  public String getClinicName() {
    return principal().map(ClinicPrincipal::clinicName).orElse("");
  }

  /** The clinic's time zone, in which pages show times. */
  public String getTimeZone() {
    return principal().map(ClinicPrincipal::timeZone).orElse("UTC");
  }

  /** The clinic's code, the first of the three things a person types to sign in. */
  public String getClinicCode() {
    return principal().map(ClinicPrincipal::clinicCode).orElse("");
  }

  public String getRole() {
    return principal().map(p -> p.role().name()).orElse("");
  }
}
