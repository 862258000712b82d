package org.clinicportal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinicportal.platform.Readiness;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code /health/ready}: this server may be sent people. It answers with the name of each check and
 * whether it held, never a version, an address or an error's text.
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject private Readiness readiness;

  @Override
  public HealthCheckResponse call() {
    boolean database = readiness.databaseAnswers();
    boolean schema = database && readiness.schemaCurrent();
    return HealthCheckResponse.named("portal")
        .status(database && schema)
        .withData("database", database ? "UP" : "DOWN")
        .withData("schema", schema ? "UP" : "DOWN")
        .build();
  }
}
