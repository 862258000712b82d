package org.clinicportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's JSON API; each request also passes {@link ApiGuard}. */
@ApplicationPath("api")
public class PatientApi extends Application {}
