package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One client without an account opens connections that send a request's body a byte a second, and
 * others that send nothing or half a request: another visitor's pages must still answer at once,
 * and the server must close the silent connections on its own. (A body that keeps trickling holds
 * its thread until it is complete; the request threads outnumber what one client can cheaply hold,
 * and the README says to put a buffering proxy in front for more.)
 */
class SlowClientsIT {

  private static final URI PORTAL = URI.create(PortalSession.BASE_URL + "/");
  private static final int TRICKLING = 24;
  private static final int IDLE = 8;

  /** What an unrelated page may take while the slow clients hold their connections. */
  private static final Duration PROMPT = Duration.ofSeconds(2);

  /** The server's keep-alive (20 s) and read (10 s) limits, and a margin for the machine. */
  private static final Duration CUT_OFF = Duration.ofSeconds(35);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void slowAndIdleConnectionsNeitherHoldUpOtherVisitorsNorStayOpen() throws Exception {
    Duration quiet = slowestOf(List.of("signin.xhtml", "signin.xhtml", "signin.xhtml"));
    assertTrue(quiet.compareTo(PROMPT) < 0, "the sign-in page is prompt to begin with: " + quiet);

    List<Socket> trickling = new ArrayList<>();
    List<Socket> idle = new ArrayList<>();
    ScheduledExecutorService bytes = Executors.newSingleThreadScheduledExecutor();
    long opened = System.nanoTime();
    try {
      for (int i = 0; i < TRICKLING; i++) {
        trickling.add(tricklingPost());
      }
      for (int i = 0; i < IDLE; i++) {
        idle.add(i % 2 == 0 ? connect() : halfARequest());
      }
      bytes.scheduleAtFixedRate(() -> trickle(trickling), 1, 1, TimeUnit.SECONDS);
      Thread.sleep(3_000);

      Duration meanwhile =
          slowestOf(
              List.of(
                  "signin.xhtml",
                  "jakarta.faces.resource/css/portal.css.xhtml",
                  "signin.xhtml",
                  "signin.xhtml",
                  "jakarta.faces.resource/css/portal.css.xhtml"));
      assertTrue(
          meanwhile.compareTo(PROMPT) < 0,
          "with "
              + TRICKLING
              + " trickling and "
              + IDLE
              + " idle connections open another visitor waited "
              + meanwhile);

      int closed = 0;
      for (Socket socket : idle) {
        if (closedByTheServer(socket, opened)) {
          closed++;
        }
      }
      System.out.printf(
          "Slow clients: %d trickling and %d idle connections; pages answered within %d ms"
              + " meanwhile; %d of %d idle connections closed by the server within %d s%n",
          TRICKLING,
          IDLE,
          meanwhile.toMillis(),
          closed,
          IDLE,
          Duration.ofNanos(System.nanoTime() - opened).toSeconds());
      assertEquals(IDLE, closed, "idle connections the server closed on its own");
    } finally {
      bytes.shutdownNow();
      for (Socket socket : trickling) {
        socket.close();
      }
      for (Socket socket : idle) {
        socket.close();
      }
    }
  }

  private Duration slowestOf(List<String> paths) throws Exception {
    Duration slowest = Duration.ZERO;
    for (String path : paths) {
      long start = System.nanoTime();
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(PORTAL.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.discarding());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertEquals(200, answer.statusCode(), path);
      slowest = took.compareTo(slowest) > 0 ? took : slowest;
    }
    return slowest;
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket(PORTAL.getHost(), PORTAL.getPort());
    socket.setSoTimeout(1_000);
    return socket;
  }

  /** A sign-in post that announces a body of 100,000 bytes and sends its first byte. */
  private static Socket tricklingPost() throws IOException {
    Socket socket = connect();
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST "
                + PORTAL.getRawPath()
                + "signin.xhtml HTTP/1.1\r\nHost: "
                + PORTAL.getHost()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 100000\r\n\r\nu")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  private static Socket halfARequest() throws IOException {
    Socket socket = connect();
    socket
        .getOutputStream()
        .write(
            ("GET " + PORTAL.getRawPath() + "signin.xhtml HTTP/1.1\r\nHost: ")
                .getBytes(StandardCharsets.US_ASCII));
    return socket;
  }

  private static void trickle(List<Socket> sockets) {
    for (Socket socket : sockets) {
      try {
        socket.getOutputStream().write('x');
        socket.getOutputStream().flush();
      } catch (IOException closed) {
        // the server has closed it: what the test waits for
      }
    }
  }

  /**
   * Waits, up to the cut-off counted from when the connections were opened, for the server to end
   * the connection: an end of stream, a reset, or an error answer after which it closes.
   */
  private static boolean closedByTheServer(Socket socket, long opened) throws IOException {
    InputStream in = socket.getInputStream();
    while (System.nanoTime() - opened < CUT_OFF.toNanos()) {
      try {
        if (in.read() < 0) {
          return true;
        }
      } catch (SocketTimeoutException stillOpen) {
        // keep waiting
      } catch (IOException reset) {
        return true;
      }
    }
    return false;
  }
}
