package org.clinicportal.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the run command and of the end-to-end test set-up.
 *
 * <ul>
 *   <li>{@code run}: prepare the database, start the domain, deploy, print the address and the demo
 *       logins, and keep running until Ctrl-C, which stops the domain;
 *   <li>{@code prepare [--fresh-database]}: the database and a running domain with its data source,
 *       nothing deployed;
 *   <li>{@code deploy}: deploy the EAR into the prepared domain and wait for the sign-in page;
 *   <li>{@code stop}: stop the domain.
 * </ul>
 */
public final class Launcher {

  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

  private final Settings settings;
  private final PayaraDomain domain;

  private Launcher(Settings settings) {
    this.settings = settings;
    this.domain = new PayaraDomain(settings);
  }

  public static void main(String[] args) {
    List<String> arguments = List.of(args);
    String mode = arguments.isEmpty() ? "run" : arguments.get(0);
    try {
      Launcher launcher = new Launcher(Settings.from(System.getProperties(), System.getenv()));
      switch (mode) {
        case "run" -> launcher.run();
        case "prepare" -> launcher.prepare(arguments.contains("--fresh-database"));
        case "deploy" -> launcher.deploy();
        case "stop" -> launcher.domain.stop();
        default ->
            throw new LaunchFailure("Unknown mode " + mode + ": use run, prepare, deploy or stop.");
      }
    } catch (LaunchFailure | IllegalArgumentException e) {
      System.err.println();
      System.err.println("The portal did not start. " + e.getMessage());
      System.err.flush();
      Runtime.getRuntime().halt(2);
    }
  }

  private void run() throws LaunchFailure {
    Instant start = Instant.now();
    Optional<DevelopmentMail> mail =
        blank(System.getenv("PORTAL_SMTP_HOST"))
            ? DevelopmentMail.start(Launcher::say)
            : Optional.empty();
    mail.ifPresent(server -> domain.addEnvironment(server.serverEnvironment()));
    prepare(false);
    Duration toSignIn = deploy();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping the portal ...");
                  try {
                    domain.stop();
                  } catch (LaunchFailure e) {
                    System.err.println(e.getMessage());
                  }
                  mail.ifPresent(DevelopmentMail::close);
                  stopped.countDown();
                }));
    printWelcome(Duration.between(start, Instant.now()), toSignIn, mail);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void prepare(boolean freshDatabase) throws LaunchFailure {
    say("Checking PostgreSQL at " + settings.dbUrl());
    DatabaseSetup database = new DatabaseSetup(settings);
    if (freshDatabase) {
      domain.stop();
      database.recreate();
    } else {
      database.ensureReady();
    }
    say(
        "Starting Payara Server (domain "
            + settings.domain()
            + ", HTTP port "
            + settings.httpPort()
            + ")");
    domain
        .ensureCreated()
        .ifPresent(
            password -> {
              say("Created the domain. Its administration listens on this machine only:");
              say(
                  "  asadmin --port "
                      + settings.adminPort()
                      + " --user "
                      + PayaraDomain.ADMIN_USER
                      + ", password "
                      + password);
              say(
                  "  shown this once; kept in "
                      + domain.adminPasswordFile()
                      + " (readable by its owner alone)");
            });
    domain.installDriver();
    domain.start();
    say("Creating the JDBC pool " + PayaraDomain.POOL + " and resource " + PayaraDomain.RESOURCE);
    domain.configureDataSource();
  }

  private Duration deploy() throws LaunchFailure {
    say("Deploying " + settings.ear().getFileName());
    Instant start = Instant.now();
    domain.deploy();
    domain.awaitSignInPage(STARTUP_LIMIT);
    return Duration.between(start, Instant.now());
  }

  private void printWelcome(Duration total, Duration deploy, Optional<DevelopmentMail> mail) {
    String url = settings.portalUri().toString();
    System.out.println();
    System.out.println("  Clinic Portal is running at " + url);
    System.out.printf(
        "  (ready in %d s, of which deployment %d s)%n", total.toSeconds(), deploy.toSeconds());
    System.out.println();
    System.out.println("  Demo logins, all with the password Hamstring!Kettle-48:");
    System.out.println(
        "    Clinic demo       admin (clinic admin), therapist, therapist2, patient, patient2");
    System.out.println("    Clinic northside  therapist, patient");
    System.out.println("    Platform operator leave Clinic empty, username platform");
    System.out.println();
    mail.ifPresent(
        server -> {
          System.out.println(
              "  E-mail the portal sends (the demo patient's address check, then reminders) is kept");
          System.out.println("  by a development mail server; read it at " + server.viewerUri());
          System.out.println("  Set PORTAL_SMTP_HOST (see the README) to use a real mail server.");
          System.out.println();
        });
    System.out.println("  Press Ctrl-C to stop the portal.");
    System.out.println();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static void say(String line) {
    System.out.println("[portal] " + line);
  }
}
