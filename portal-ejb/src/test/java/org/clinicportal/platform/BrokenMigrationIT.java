package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A migration that fails makes the deployment fail, and PostgreSQL keeps none of its changes. It
 * runs after the tests that share one portal, as it needs a portal and a database of its own.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
class BrokenMigrationIT {

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.of("broken-migration")
        .withMigration(
            "V9999__broken.sql",
            "create table broken_probe (id bigint primary key);\nselect no_such_column from clinic;\n")
        .build();
  }

  @Test
  @RunAsClient
  void theApplicationDoesNotStart() throws Exception {
    HttpResponse<Void> ready =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(deployment.toURI().resolve(PortalDeployment.READY_PAGE))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertNotEquals(
        200, ready.statusCode(), "a deployment whose migration failed must not serve pages");
  }

  @Test
  @RunAsClient
  void theFailedMigrationLeftNothingBehind() throws Exception {
    try (Connection db = TestDatabase.connectAsOwner()) {
      try (ResultSet first =
          db.createStatement()
              .executeQuery("select success from flyway_schema_history where version = '1'")) {
        assertTrue(
            first.next() && first.getBoolean(1),
            "the migrations before the broken one must have run");
      }
      try (ResultSet table = db.getMetaData().getTables(null, "public", "broken_probe", null)) {
        assertFalse(table.next(), "the broken migration's table must have been rolled back");
      }
      try (ResultSet applied =
          db.createStatement()
              .executeQuery("select 1 from flyway_schema_history where version = '9999'")) {
        assertFalse(applied.next(), "the broken migration must not be recorded as applied");
      }
    }
  }
}
