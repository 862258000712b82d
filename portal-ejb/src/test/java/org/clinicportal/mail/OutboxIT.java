package org.clinicportal.mail;

import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.ClinicProfile;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against a real SMTP server (GreenMail, started by each test on the port the portal is
 * set to use): one message per cause, the headers every message carries, mail that waits while the
 * server is down or hangs and then arrives once, and a message whose sending was interrupted never
 * sent again.
 *
 * <p>The worker sends every clinic's mail, and the other service tests leave mail of their clinics
 * behind: each test first lets the worker send that, then counts only what went to addresses of its
 * own clinic's mail domain.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  private static final int SMTP_PORT = Integer.parseInt(System.getenv("PORTAL_SMTP_PORT"));

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Clinics clinics;
  @Inject private Tenancy tenancy;
  @Inject private Outbox outbox;
  @Inject private MailWorker worker;
  @Inject private ClinicProfile profile;

  private GreenMail smtp;
  private Clinic clinic;

  @BeforeEach
  void openClinicAndMailServer() {
    clinic = clinics.open(new Clinic(uniqueCode("mail"), "Riverside Physio"));
    ServerSetup setup = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    // GreenMail's 2 s to start its thread is too short on a 2-core machine running the portal
    // beside it.
    setup.setServerStartupTimeout(Duration.ofSeconds(15).toMillis());
    smtp = new GreenMail(setup);
    smtp.start();
    while (worker.sendDue() > 0) {
      // what other tests' clinics left queued goes out before this test counts
    }
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  @Test
  void jakartaMailTakesItsStreamProviderByNameRatherThanByAServiceLookupPerMessage() {
    assertEquals(MailTransport.ANGUS_STREAMS, System.getProperty(MailTransport.STREAM_PROVIDER));
    assertEquals(MailTransport.ANGUS_STREAMS, StreamProvider.provider().getClass().getName());
  }

  @Test
  void aCauseQueuedTwiceArrivesOnceWithItsStopLinkAndTheClinicsName() throws Exception {
    Mail reminder = reminder("reminder-1", to("ana"));
    assertTrue(inClinic(() -> outbox.queue(reminder)));
    assertFalse(inClinic(() -> outbox.queue(reminder)), "the same cause is queued once");

    assertEquals(1, sendOwn());
    assertEquals(0, sendOwn(), "a sent message is not sent again");

    MimeMessage[] received = received();
    assertEquals(1, received.length);
    MimeMessage message = received[0];
    assertEquals("Time for today's exercises", message.getSubject());
    InternetAddress from = (InternetAddress) message.getFrom()[0];
    assertEquals("Riverside Physio", from.getPersonal());
    assertEquals("portal@clinic.test", from.getAddress());
    assertEquals(to("ana"), message.getAllRecipients()[0].toString());
    assertEquals("<https://portal.test/stop/reminder-1>", message.getHeader("List-Unsubscribe")[0]);
    assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);
    assertEquals("auto-generated", message.getHeader("Auto-Submitted")[0]);

    OutboundMail logged = inClinic(() -> outbox.ofCause("reminder-1")).orElseThrow();
    assertEquals(MailStatus.SENT, logged.getStatus());
    assertEquals(1, logged.getAttempts());
    assertEquals("a***@" + domain(), logged.getMaskedRecipient());
  }

  @Test
  void oneRunSendsMoreThanOneBatchAndMarksEachSent() throws Exception {
    for (int i = 0; i < 5; i++) {
      Mail mail = reminder("batch-" + i, to("patient" + i));
      inClinic(() -> outbox.queue(mail));
    }

    assertEquals(5, sendOwn(2), "three batches of at most two in one run");
    assertEquals(5, received().length);
    for (int i = 0; i < 5; i++) {
      String cause = "batch-" + i;
      assertEquals(
          MailStatus.SENT, inClinic(() -> outbox.ofCause(cause)).orElseThrow().getStatus());
    }
    assertEquals(0, sendOwn(2), "nothing is sent twice");
  }

  @Test
  void aRoundThatRunsOutOfTimeIsFollowedByAnotherInTheSameRun() throws Exception {
    int messages = 3 * MailSettings.MAX_CONNECTIONS;
    for (int i = 0; i < messages; i++) {
      Mail mail = reminder("round-" + i, to("patient" + i));
      inClinic(() -> outbox.queue(mail));
    }
    int before = received().length;

    // Rounds so short that each connection sends one batch of one: a round hands over no more
    // messages than there are connections, so all of them in one run takes several rounds.
    worker.sendDue(1, Duration.ofNanos(1));

    assertEquals(messages, received().length - before, "the rounds went on until none was due");
    for (int i = 0; i < messages; i++) {
      String cause = "round-" + i;
      assertEquals(
          MailStatus.SENT, inClinic(() -> outbox.ofCause(cause)).orElseThrow().getStatus());
    }
  }

  @Test
  void theClinicsSenderNameAndReplyAddressAreUsedAndABadOneChangesNothing() throws Exception {
    ClinicPrincipal admin = ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN);
    for (String[] refused :
        new String[][] {
          {"Riverside\r\nBcc: eve@example.org", "", ""},
          {"Riverside", "front desk", ""},
          {"Riverside", "", "front desk"},
          {"x".repeat(101), "", ""}
        }) {
      assertThrows(
          RecordException.class,
          () -> tenancy.callAs(admin, () -> profile.signMail(refused[0], refused[1], refused[2])));
    }
    tenancy.callAs(
        admin, () -> profile.signMail(" Riverside Physio Team ", "front@riverside.example", null));
    inClinic(() -> outbox.queue(reminder("signed-1", to("fay"))));

    assertEquals(1, sendOwn());
    MimeMessage message = received()[0];
    assertEquals("Riverside Physio Team", ((InternetAddress) message.getFrom()[0]).getPersonal());
    assertEquals("front@riverside.example", message.getReplyTo()[0].toString());
    assertEquals(1, message.getHeader("From").length);
    assertNull(message.getHeader("Bcc"));
  }

  @Test
  void mailWaitsWhileTheServerIsDownAndThenArrivesOnce() throws Exception {
    smtp.stop();
    for (int i = 1; i <= 3; i++) {
      Mail mail = reminder("down-" + i, to("patient" + i));
      inClinic(() -> outbox.queue(mail));
    }
    assertEquals(0, sendOwn());
    assertEquals(0, sendOwn());
    for (int i = 1; i <= 3; i++) {
      OutboundMail waiting = inClinic(causeOf("down-" + i));
      assertEquals(MailStatus.QUEUED, waiting.getStatus());
      assertEquals(0, waiting.getAttempts(), "an unreachable server uses up no attempt");
    }

    smtp.start();
    assertEquals(3, sendOwn());
    assertEquals(0, sendOwn());
    assertEquals(List.of(to("patient1"), to("patient2"), to("patient3")), recipients());
  }

  @Test
  void aServerThatHangsDelaysMailAndLosesNone() throws Exception {
    smtp.stop();
    inClinic(() -> outbox.queue(reminder("hang-1", to("ben"))));
    List<Socket> held = Collections.synchronizedList(new ArrayList<>());
    ServerSocket silent = new ServerSocket(SMTP_PORT, 10, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (!silent.isClosed()) {
                  held.add(silent.accept());
                }
              } catch (IOException closed) {
                return;
              }
            });
    acceptor.start();
    try {
      long started = System.nanoTime();
      assertEquals(0, sendOwn());
      assertTrue(
          System.nanoTime() - started < Duration.ofSeconds(10).toNanos(),
          "the worker gives up on a silent server after its timeout");
      assertFalse(held.isEmpty(), "the worker reached the silent server");
    } finally {
      silent.close();
      acceptor.join();
      for (Socket socket : held) {
        socket.close();
      }
    }
    assertEquals(MailStatus.QUEUED, inClinic(causeOf("hang-1")).getStatus());

    smtp.start();
    assertEquals(1, sendOwn());
    assertEquals(List.of(to("ben")), recipients());
  }

  @Test
  void aMessageWhoseSendingWasInterruptedIsNeverSentAgain() throws Exception {
    inClinic(() -> outbox.queue(reminder("crash-1", to("cleo"))));
    List<Outbox.Claimed> claimed = inClinic(() -> outbox.claimDue(10));
    assertEquals(1, claimed.size(), "a worker claimed it and then stopped");

    assertEquals(0, sendOwn(), "a message claimed by another worker is left alone");
    assertEquals(1, inClinic(() -> outbox.markInterrupted(Duration.ofSeconds(-1))));
    assertEquals(0, sendOwn());
    assertEquals(0, received().length);
    assertEquals(MailStatus.UNCERTAIN, inClinic(causeOf("crash-1")).getStatus());
  }

  @Test
  void anotherClinicNeitherSeesNorBlocksTheMessagesOfThisOne() throws Exception {
    inClinic(() -> outbox.queue(reminder("shared-cause", to("dev"))));
    assertTrue(inClinic(() -> outbox.ofCause("shared-cause")).isPresent(), "its clinic sees it");
    assertEquals(1, inClinic(() -> outbox.latest(10)).size());

    Clinic other = clinics.open(new Clinic(uniqueCode("mail"), "Harbour Chiro"));
    assertTrue(tenancy.callAsClinic(other.getId(), () -> outbox.ofCause("shared-cause")).isEmpty());
    assertEquals(List.of(), tenancy.callAsClinic(other.getId(), () -> outbox.latest(10)));
    assertTrue(
        tenancy.callAsClinic(
            other.getId(), () -> outbox.queue(reminder("shared-cause", to("eve")))),
        "the same cause in another clinic is another message");

    assertEquals(2, sendOwn());
    assertEquals(List.of(to("dev"), to("eve")), recipients());
  }

  @Test
  void messagesQueuedTogetherKeepOnePerCause() throws Exception {
    inClinic(() -> outbox.queue(reminder("together-1", to("gil"))));
    int queued =
        inClinic(
            () ->
                outbox.queueAll(
                    List.of(
                        reminder("together-1", to("gil")),
                        reminder("together-2", to("hal")),
                        reminder("together-2", to("hal")),
                        reminder("together-3", to("ivy")))));

    assertEquals(2, queued, "one cause queued before, one twice in the same call");
    assertEquals(3, sendOwn());
    assertEquals(List.of(to("gil"), to("hal"), to("ivy")), recipients());
  }

  @Test
  void connectionsAtOnceSendEveryMessageExactlyOnce() throws Exception {
    List<Mail> mails = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      mails.add(reminder("parallel-" + i, to("p" + i)));
    }
    assertEquals(40, inClinic(() -> outbox.queueAll(mails)));

    assertEquals(40, sendOwn(3), "14 batches of at most 3 over several connections");
    assertEquals(40, recipients().stream().distinct().count());
    assertEquals(0, sendOwn(3), "nothing is sent twice");
  }

  @Test
  void theConnectionsRunOnThreadsOfTheirOwnAtTheLowestPriority() throws Exception {
    assertTrue(inClinic(() -> outbox.queue(reminder("background-1", to("jo")))));

    assertEquals(1, sendOwn());
    List<Thread> connections =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().startsWith("portal-mail-"))
            .toList();
    assertFalse(connections.isEmpty(), "the worker's connection threads are running");
    for (Thread connection : connections) {
      assertEquals(Thread.MIN_PRIORITY, connection.getPriority(), connection.getName());
    }
  }

  @Test
  void aClaimTakesItsBatchAndNoMoreWhicheverJoinThePlannerChooses() throws Exception {
    for (int i = 0; i < 12; i++) {
      Mail mail = reminder("claim-" + i, to("patient" + i));
      inClinic(() -> outbox.queue(mail));
    }
    try (Connection db = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(db, clinic.getId());
      try (Statement steer = db.createStatement()) {
        // Left only nested loops, the planner runs the pick of due messages again for every row
        // the update looks at, as it chose to on its own for a clinic with 69,000 queued.
        for (String way : List.of("hashagg", "hashjoin", "mergejoin", "material", "sort")) {
          steer.execute("set local enable_" + way + " = off");
        }
      }
      int claimed = claim(db, Outbox.CLAIM_DUE, 3);
      db.rollback();
      assertEquals(3, claimed, "a claim of 3 messages of the 12 due");
    }
  }

  @Test
  void aClaimReadsItsBatchAlongAnIndexWithoutSortingEverythingDue() throws Exception {
    for (int i = 0; i < 5; i++) {
      Mail mail = reminder("order-" + i, to("patient" + i));
      inClinic(() -> outbox.queue(mail));
    }
    try (Connection db = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(db, clinic.getId());
      String plan =
          TestDatabase.planOf(
              db,
              Outbox.CLAIM_DUE.replaceAll("\\?\\d", "?"),
              OffsetDateTime.now(ZoneOffset.UTC),
              3,
              OffsetDateTime.now(ZoneOffset.UTC));
      db.rollback();
      assertTrue(plan.contains("outbound_mail_due"), plan);
      assertFalse(plan.contains("Sort"), "the index gives the claim's order:\n" + plan);
    }
  }

  /** Runs a claim statement written with JPA's numbered parameters; how many rows it claimed. */
  private static int claim(Connection db, String statement, int max) throws SQLException {
    Matcher numbered = Pattern.compile("\\?(\\d)").matcher(statement);
    List<Integer> order = new ArrayList<>();
    while (numbered.find()) {
      order.add(Integer.parseInt(numbered.group(1)));
    }
    try (PreparedStatement claim = db.prepareStatement(numbered.replaceAll("?"))) {
      for (int i = 0; i < order.size(); i++) {
        if (order.get(i) == 1) {
          claim.setObject(i + 1, OffsetDateTime.now(ZoneOffset.UTC));
        } else {
          claim.setInt(i + 1, max);
        }
      }
      int claimed = 0;
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          claimed++;
        }
      }
      return claimed;
    }
  }

  private static Mail reminder(String cause, String to) {
    return new Mail(
        MailKind.REMINDER,
        cause,
        to,
        "Time for today's exercises",
        "Your plan for today is ready: https://portal.test/patient",
        "https://portal.test/stop/" + cause);
  }

  private Tenancy.ClinicWork<OutboundMail, RuntimeException> causeOf(String cause) {
    return () -> outbox.ofCause(cause).orElseThrow();
  }

  /** An address of this test's own mail domain, so that what it counts is its own mail. */
  private String to(String name) {
    return name + "@" + domain();
  }

  private String domain() {
    return clinic.getCode() + ".example.org";
  }

  /** Runs the worker once and says how many messages reached this test's addresses. */
  private int sendOwn() {
    return sendOwn(MailWorker.BATCH);
  }

  private int sendOwn(int batch) {
    int before = received().length;
    worker.sendDue(batch, Duration.ofHours(1));
    return received().length - before;
  }

  /** The messages the mail server holds for this test's addresses. */
  private MimeMessage[] received() {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> recipient(message).endsWith("@" + domain()))
        .toArray(MimeMessage[]::new);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> recipients() {
    return Arrays.stream(received()).map(OutboxIT::recipient).sorted().toList();
  }

  private <T> T inClinic(Tenancy.ClinicWork<T, RuntimeException> work) {
    return tenancy.callAsClinic(clinic.getId(), work);
  }
}
