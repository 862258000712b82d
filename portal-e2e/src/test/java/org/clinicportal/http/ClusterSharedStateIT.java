package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the two servers of the cluster share, each server reached at its own port as HAProxy reaches
 * it (from a trusted proxy's address, with the client's address in {@code X-Forwarded-For}): failed
 * sign-ins split over both servers hold the address back on both, and a deactivation made on one
 * server signs the account out on the other. Runs on the cluster of the {@code failover} profile,
 * before the fail-over test kills a server of it.
 */
class ClusterSharedStateIT {

  /** Each server's own address, as the cluster script gives the instances their ports. */
  private static final List<String> SERVERS =
      List.of(System.getProperty("portal.cluster.servers", "").split(","));

  private static final String HELD_BACK = "Too many failed sign-ins came from your network";
  private static final String ADMIN_HOME = "/admin/index.xhtml";

  /**
   * How long a session ended on one server may go on at the other: the feed's interval and more.
   */
  private static final Duration ENDED_ELSEWHERE_WITHIN = Duration.ofSeconds(20);

  private String username;

  /** An administrator of the demo clinic, with the demo password, for this test alone. */
  @BeforeEach
  void openAccount() throws Exception {
    assertEquals(2, SERVERS.size(), "the two servers' addresses: " + SERVERS);
    username = PortalDatabase.openDemoAdministrator("cluster", "Cluster Tester");
  }

  @AfterEach
  void removeAccount() throws Exception {
    PortalDatabase.removeAccount(username);
  }

  @Test
  void failedSignInsSplitOverBothServersHoldTheAddressBackOnBoth() {
    String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
    for (String server : SERVERS) {
      assertSignedIn(
          from(server, address).signIn("demo", username, PortalSession.PASSWORD), server);
    }

    for (int attempt = 0; attempt < 10; attempt++) {
      for (String server : SERVERS) {
        PortalSession.Page failed = from(server, address).signIn("demo", "nobody", "Wrong-Guess-1");
        assertTrue(failed.path().startsWith("/signin.xhtml"), "a wrong password at " + server);
        assertFalse(failed.body().contains(HELD_BACK), "attempt " + attempt + " at " + server);
      }
    }

    for (String server : SERVERS) {
      PortalSession.Page held =
          from(server, address).signIn("demo", username, PortalSession.PASSWORD);
      assertTrue(held.path().startsWith("/signin.xhtml"), "held back at " + server);
      assertTrue(held.body().contains(HELD_BACK), "told why at " + server);
      assertSignedIn(
          from(server, "198.51.100.7").signIn("demo", username, PortalSession.PASSWORD),
          server + " from another address");
    }
  }

  @Test
  void aDeactivationOnOneServerSignsTheAccountOutOnTheOther() throws InterruptedException {
    PortalSession onFirst = PortalSession.signedInAt(SERVERS.get(0), "demo", username);
    PortalSession onSecond = PortalSession.signedInAt(SERVERS.get(1), "demo", username);
    PortalSession admin = PortalSession.signedInAt(SERVERS.get(0), "demo", "admin");
    assertEquals(ADMIN_HOME, onFirst.get(ADMIN_HOME).path(), "open on the first server");
    assertEquals(ADMIN_HOME, onSecond.get(ADMIN_HOME).path(), "open on the second server");

    PortalSession.Page done = StaffPage.pressInRow(admin, username, "Deactivate");
    assertTrue(done.body().contains("can no longer sign in"), "deactivated: " + done.body());

    assertTrue(
        onFirst.get(ADMIN_HOME).path().startsWith("/signin.xhtml"),
        "signed out at once on the server that deactivated the account");
    long until = System.nanoTime() + ENDED_ELSEWHERE_WITHIN.toNanos();
    String reached = onSecond.get(ADMIN_HOME).path();
    while (reached.equals(ADMIN_HOME) && System.nanoTime() < until) {
      Thread.sleep(500);
      reached = onSecond.get(ADMIN_HOME).path();
    }
    assertTrue(reached.startsWith("/signin.xhtml"), "signed out on the other server: " + reached);
    assertEquals(
        StaffPage.PATH, admin.get(StaffPage.PATH).path(), "the administrator stays signed in");
  }

  /** A visitor of one server whose requests come, as HAProxy says, from this address. */
  private static PortalSession from(String server, String address) {
    return PortalSession.anonymousAt(server).sendingEveryTime("X-Forwarded-For", address);
  }

  private static void assertSignedIn(PortalSession.Page page, String where) {
    assertFalse(page.path().startsWith("/signin.xhtml"), "signed in at " + where);
  }
}
