package org.clinicportal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.security.FirstOperator;
import org.clinicportal.security.PlatformAdmins;
import org.clinicportal.security.WeakPasswordException;

/**
 * Loads the demonstration clinics at start-up. {@code PORTAL_DEMO_DATA} decides: {@code auto} (the
 * default, which the run command keeps) loads them only into a database that has no clinic yet;
 * {@code on} adds whichever demo clinic is missing, leaving every existing clinic untouched; {@code
 * off} (the container image's setting) loads nothing. Loading them also creates the demonstration
 * operator, with the demonstration password, when no operator exists and {@link FirstOperator} is
 * given no password of the installer's own.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  /** The password of every demonstration login. */
  public static final String PASSWORD = "Hamstring!Kettle-48";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** The advisory lock's key: the demonstration data's loading, whichever server does it. */
  private static final long LOADING_LOCK = 0x706f7274616c64L;

  @Inject private Clinics clinics;
  @Inject private PlatformAdmins platformAdmins;
  @Inject private DemoClinics demoClinics;
  @Inject private Tenancy tenancy;

  @Resource(name = "jdbc/portal-schema")
  private DataSource schemaOwner;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    String mode =
        System.getenv().getOrDefault("PORTAL_DEMO_DATA", "auto").trim().toLowerCase(Locale.ROOT);
    boolean load =
        switch (mode) {
          case "on" -> true;
          case "off" -> false;
          default -> clinics.count() == 0;
        };
    if (!load) {
      return;
    }
    withLoadingLock(() -> loadUnlessPresent(mode));
  }

  /**
   * Runs the loading under a PostgreSQL advisory lock held on a connection of its own, so that of
   * servers starting together on an empty database one loads and the others, once it is done, find
   * the clinics there.
   */
  private void withLoadingLock(Runnable loading) {
    try (Connection lock = schemaOwner.getConnection();
        Statement sql = lock.createStatement()) {
      sql.execute("select pg_advisory_lock(" + LOADING_LOCK + ")");
      try {
        loading.run();
      } finally {
        sql.execute("select pg_advisory_unlock(" + LOADING_LOCK + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The demonstration data could not be locked for loading", e);
    }
  }

  private void loadUnlessPresent(String mode) {
    if (!"on".equals(mode) && clinics.count() > 0) {
      LOG.info("Another server loaded the demonstration clinics");
      return;
    }
    try {
      if (!FirstOperator.isConfigured(System.getenv()) && platformAdmins.count() == 0) {
        platformAdmins.open("platform", "Platform Operator", PASSWORD);
      }
    } catch (WeakPasswordException | RecordException e) {
      throw new IllegalStateException("The demonstration operator breaks the account rules", e);
    }
    openIfMissing("demo", "Demo Physio & Chiro", demoClinics::fillDemo);
    openIfMissing("northside", "Northside Physiotherapy", demoClinics::fillNorthside);
  }

  /** Opens a demonstration clinic and fills it; a clinic whose filling failed is removed again. */
  private void openIfMissing(String code, String name, ClinicFiller filler) {
    if (clinics.findByCode(code).isPresent()) {
      return;
    }
    Clinic clinic = clinics.open(new Clinic(code, name));
    try {
      tenancy.callAsClinic(
          clinic.getId(),
          () -> {
            filler.fill();
            return clinic;
          });
    } catch (Exception e) {
      clinics.remove(clinic.getId());
      throw new IllegalStateException(
          "The demonstration clinic " + code + " could not be loaded", e);
    }
    LOG.info(() -> "Loaded the demonstration clinic " + code);
  }

  @FunctionalInterface
  private interface ClinicFiller {
    void fill() throws WeakPasswordException, RecordException;
  }
}
