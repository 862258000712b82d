package org.clinicportal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form sign-in on the portal's own page; which role may open which page is declared in web.xml. */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"PLATFORM_ADMIN", "CLINIC_ADMIN", "THERAPIST", "PATIENT"})
@ApplicationScoped
public class PortalAuthentication {}
