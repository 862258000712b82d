package org.clinicportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the portal is deployed. The migrations own the schema and run
 * as its owner, through {@code jdbc/portal-schema}; the portal's own data source connects as an
 * application role that row-level security binds. A migration that fails, or an application role
 * that could slip past row-level security, makes this bean fail, and with it the deployment.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(name = "jdbc/portal")
  private DataSource application;

  @Resource(name = "jdbc/portal-schema")
  private DataSource schemaOwner;

  private String version;

  /** The schema version this build of the portal migrated to and reads and writes. */
  @Lock(LockType.READ)
  public String version() {
    return version;
  }

  @PostConstruct
  void migrate() {
    DatabaseRole applicationRole = DatabaseRole.of(application);
    DatabaseRole owner = DatabaseRole.of(schemaOwner);
    applicationRole.requireBoundByRowLevelSecurity(owner);
    Flyway flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(schemaOwner)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .placeholders(Map.of("appRole", applicationRole.name()))
            .load();
    MigrateResult result = flyway.migrate();
    version = flyway.info().current().getVersion().getVersion();
    applicationRole.requireOwnsNothing(schemaOwner);
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " applied), owned by "
                + owner.name()
                + "; the portal connects as "
                + applicationRole.name());
  }

  /** What PostgreSQL says of the role behind a data source. */
  record DatabaseRole(String name, boolean superuser, boolean bypassesRowLevelSecurity) {

    static DatabaseRole of(DataSource source) {
      try (Connection db = source.getConnection();
          Statement sql = db.createStatement();
          ResultSet role =
              sql.executeQuery(
                  "select rolname, rolsuper, rolbypassrls from pg_roles"
                      + " where rolname = current_user")) {
        role.next();
        return new DatabaseRole(role.getString(1), role.getBoolean(2), role.getBoolean(3));
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot ask PostgreSQL which role a data source uses", e);
      }
    }

    /** Refuses an application role that is the owner, a superuser or exempt from the policies. */
    void requireBoundByRowLevelSecurity(DatabaseRole owner) {
      if (superuser || bypassesRowLevelSecurity || name.equals(owner.name())) {
        throw new IllegalStateException(
            "The portal's database role "
                + name
                + " must be an ordinary role other than the schema's owner "
                + owner.name()
                + ": as superuser, owner or with BYPASSRLS it would not be held to row-level"
                + " security");
      }
    }

    /** Refuses to start when the application role owns a table, which would exempt it. */
    void requireOwnsNothing(DataSource schema) {
      try (Connection db = schema.getConnection();
          var owned =
              db.prepareStatement(
                  "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                      + " where r.rolname = ? and c.relnamespace = current_schema()::regnamespace")) {
        owned.setString(1, name);
        try (ResultSet count = owned.executeQuery()) {
          count.next();
          if (count.getLong(1) > 0) {
            throw new IllegalStateException(
                "The portal's database role "
                    + name
                    + " owns tables of the schema: give them to the schema's owner");
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot check what the portal's role owns", e);
      }
    }
  }
}
