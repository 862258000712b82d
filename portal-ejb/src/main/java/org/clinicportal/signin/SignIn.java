package org.clinicportal.signin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinicportal.audit.CallerAddress;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.security.AddressThrottle;
import org.clinicportal.security.HashingGate;
import org.clinicportal.security.Passwords;
import org.clinicportal.security.PlatformAdmins;
import org.clinicportal.security.SignInResult;
import org.clinicportal.security.UserAccounts;

/**
 * Checks a sign-in attempt. The attempt first takes one of its address's slots, and an address that
 * failed too often lately is held back before anything else is looked at. The password is then
 * checked only when the {@link HashingGate} has a place for it. The clinic named on the form is
 * looked up next; the account is then read with that clinic bound, so even sign-in cannot reach an
 * account of another clinic. An empty clinic field names a platform operator.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private PlatformAdmins platformAdmins;
  @Inject private Passwords passwords;
  @Inject private Tenancy tenancy;
  @Inject private AddressThrottle throttle;
  @Inject private HashingGate gate;
  @Inject private CallerAddress callerAddress;

  public SignInResult verify(ClinicCredential credential) {
    String address = callerAddress.get();
    Optional<Instant> heldBack = throttle.reserve(address);
    if (heldBack.isPresent()) {
      LOG.warning(() -> "Sign-in from " + address + " held back after repeated failures");
      return SignInResult.refused(SignInResult.Refusal.ADDRESS_HELD_BACK, heldBack.get());
    }
    SignInResult result = gate.pass(() -> check(credential));
    if (result.principal() != null || result.refusal() == SignInResult.Refusal.BUSY) {
      throttle.release(address);
    }
    if (result.refusal() == SignInResult.Refusal.BUSY) {
      LOG.warning(
          () -> "Sign-in from " + address + " answered busy: every password check was taken");
    }
    return result;
  }

  private SignInResult check(ClinicCredential credential) {
    String password = credential.getPasswordAsString();
    if (credential.clinicCode().isEmpty()) {
      SignInResult result = platformAdmins.authenticate(credential.getCaller(), password);
      LOG.info(
          () ->
              "Platform sign-in "
                  + (result.principal() != null ? "succeeded" : "failed")
                  + " from "
                  + callerAddress.get());
      return result;
    }
    Optional<Clinic> clinic = clinics.findByCode(credential.clinicCode()).filter(Clinic::isActive);
    if (clinic.isEmpty()) {
      passwords.matchesNothing(password);
      LOG.info(() -> "Sign-in to an unknown or inactive clinic from " + callerAddress.get());
      return SignInResult.notRecognised();
    }
    Clinic into = clinic.get();
    return tenancy.callAsClinic(
        into.getId(),
        () -> accounts.authenticate(credential.getCaller(), password, into.identity()));
  }
}
