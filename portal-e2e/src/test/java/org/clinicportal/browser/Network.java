package org.clinicportal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between a browser and the portal, which a test can cut and restore: a relay of plain
 * TCP on a port of its own to the portal's port. Cut, it drops every connection it carries and
 * answers new ones by closing them, so that the page, its scripts and its service worker all find
 * the portal gone, as on a phone in a basement; the browser's own sense of being online stays as it
 * was, as it does there.
 */
final class Network implements AutoCloseable {

  private final ServerSocket listener;
  private final String portalHost;
  private final int portalPort;
  private final String basePath;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;

  Network(String portalBaseUrl) {
    URI portal = URI.create(portalBaseUrl);
    portalHost = portal.getHost();
    portalPort = portal.getPort();
    basePath = portal.getRawPath();
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "network relay");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The portal's base address through this network. */
  String baseUrl() {
    return "http://localhost:" + listener.getLocalPort() + basePath;
  }

  void cut() {
    cut = true;
    open.forEach(Network::closeQuietly);
    open.clear();
  }

  void restore() {
    cut = false;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket browser = listener.accept();
        if (cut) {
          closeQuietly(browser);
          continue;
        }
        Socket portal = new Socket(portalHost, portalPort);
        open.add(browser);
        open.add(portal);
        pipe(browser, portal);
        pipe(portal, browser);
      } catch (IOException closed) {
        if (listener.isClosed()) {
          return;
        }
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread copier =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException ended) {
                // One side closed or the network was cut: the other side ends too.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "network relay copier");
    copier.setDaemon(true);
    copier.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    cut();
    listener.close();
  }
}
