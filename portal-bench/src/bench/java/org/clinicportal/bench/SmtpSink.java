package org.clinicportal.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mail server of the reminder minute: it speaks enough SMTP for the portal's mail worker (EHLO,
 * MAIL, RCPT, DATA, RSET, NOOP, QUIT), accepts every message, keeps none, and notes when each was
 * accepted and for whom, so that the report can tell how long 100,000 reminders took to be handed
 * over and whether anyone got one twice. It counts the messages to addresses of one domain only:
 * the demonstration clinic's mail, sent too, is not part of the count. It takes little processor
 * time of its own, which the machine's two cores owe to the portal.
 */
final class SmtpSink implements AutoCloseable {

  private final ServerSocket server;
  private final Thread acceptor;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Set<String> recipients = ConcurrentHashMap.newKeySet();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicLong firstAt = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastAt = new AtomicLong(Long.MIN_VALUE);

  private final String counted;

  private SmtpSink(ServerSocket server, String domain) {
    this.server = server;
    this.counted = "@" + domain.toLowerCase(Locale.ROOT) + ">";
    this.acceptor = new Thread(this::accept, "smtp-sink");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on the loopback address at {@code port}, counting the mail to {@code domain}. */
  static SmtpSink start(int port, String domain) throws IOException {
    return new SmtpSink(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()), domain);
  }

  /** What the sink has accepted so far. */
  record Tally(int messages, int recipients, long firstAtMillis, long lastAtMillis) {}

  Tally tally() {
    return new Tally(accepted.get(), recipients.size(), firstAt.get(), lastAt.get());
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        Thread session = new Thread(() -> converse(socket), "smtp-sink-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converse(Socket socket) {
    try (socket;
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 bench-sink ready");
      String recipient = null;
      for (String line = line(in); line != null; line = line(in)) {
        String verb = line.length() < 4 ? line : line.substring(0, 4);
        switch (verb.toUpperCase(Locale.ROOT)) {
          case "EHLO", "HELO" -> reply(out, "250 bench-sink");
          case "MAIL", "RSET", "NOOP" -> {
            recipient = null;
            reply(out, "250 OK");
          }
          case "RCPT" -> {
            recipient = line.substring(line.indexOf(':') + 1).trim().toLowerCase(Locale.ROOT);
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            skipMessage(in);
            received(recipient);
            reply(out, "250 OK");
          }
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Not implemented");
        }
      }
    } catch (SocketException gone) {
      // The client closed the connection without QUIT, or the sink is closing.
    } catch (IOException e) {
      System.err.println("[bench] mail sink: " + e.getMessage());
    } finally {
      open.remove(socket);
    }
  }

  private void received(String recipient) {
    if (recipient == null || !recipient.endsWith(counted)) {
      return;
    }
    long now = System.currentTimeMillis();
    accepted.incrementAndGet();
    recipients.add(recipient);
    firstAt.accumulateAndGet(now, Math::min);
    lastAt.accumulateAndGet(now, Math::max);
  }

  /** Reads the message up to the line holding a single dot. */
  private static void skipMessage(InputStream in) throws IOException {
    for (String line = line(in); line != null; line = line(in)) {
      if (line.equals(".")) {
        return;
      }
    }
  }

  /** One line without its CRLF, or null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        int length = bytes.size();
        byte[] read = bytes.toByteArray();
        return new String(
            read,
            0,
            length > 0 && read[length - 1] == '\r' ? length - 1 : length,
            StandardCharsets.ISO_8859_1);
      }
      bytes.write(b);
    }
    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Socket socket : open) {
      socket.close();
    }
  }
}
