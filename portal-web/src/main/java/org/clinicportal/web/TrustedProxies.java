package org.clinicportal.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The proxies whose word the portal takes for who is calling and how: {@code
 * PORTAL_TRUSTED_PROXIES}, addresses or networks ({@code 10.0.0.5}, {@code 10.0.0.0/8}, {@code
 * fd00::/8}) separated by commas. A request whose connection comes from one of them is answered as
 * coming from the client its {@code X-Forwarded-For} names and over the scheme its {@code
 * X-Forwarded-Proto} names; from anywhere else, both headers are ignored, so that no caller can
 * choose the address the sign-in throttle and the audit trail see. None are trusted when unset.
 */
public final class TrustedProxies {

  private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());

  /** An IP literal, never a name: reading one must not ask DNS. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  /** The caller a request is answered as: the client's address and whether it came over TLS. */
  public record Caller(String address, boolean secure) {}

  private record Network(byte[] address, int prefix) {
    boolean holds(byte[] candidate) {
      if (candidate.length != address.length) {
        return false;
      }
      int whole = prefix / 8;
      for (int i = 0; i < whole; i++) {
        if (candidate[i] != address[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (candidate[whole] & mask) == (address[whole] & mask);
    }
  }

  private final List<Network> networks;

  private TrustedProxies(List<Network> networks) {
    this.networks = networks;
  }

  /** The proxies the settings name; an entry that is not an address or a network is left out. */
  public static TrustedProxies fromSettings() {
    return of(System.getenv("PORTAL_TRUSTED_PROXIES"));
  }

  static TrustedProxies of(String configured) {
    List<Network> networks = new ArrayList<>();
    if (configured != null) {
      for (String entry : configured.split(",")) {
        String text = entry.strip();
        if (text.isEmpty()) {
          continue;
        }
        Optional<Network> network = network(text);
        if (network.isPresent()) {
          networks.add(network.get());
        } else {
          LOG.warning(
              () -> "PORTAL_TRUSTED_PROXIES: not an address or a network, left out: " + text);
        }
      }
    }
    return new TrustedProxies(List.copyOf(networks));
  }

  public boolean isEmpty() {
    return networks.isEmpty();
  }

  /**
   * Who a request is from. The connection's address unless it is a trusted proxy; then the nearest
   * address in {@code X-Forwarded-For}, read from the right, that is not itself a trusted proxy
   * (the ones left of it were written by the client and prove nothing). A header that is not a list
   * of addresses is ignored.
   *
   * @param forwardedFor the values of every {@code X-Forwarded-For} header, in order
   * @param forwardedProto the value of {@code X-Forwarded-Proto}, or null
   */
  public Caller caller(
      String connection,
      boolean connectionSecure,
      List<String> forwardedFor,
      String forwardedProto) {
    if (!trusts(connection)) {
      return new Caller(connection, connectionSecure);
    }
    boolean secure =
        forwardedProto == null
            ? connectionSecure
            : "https".equals(forwardedProto.strip().toLowerCase(Locale.ROOT));
    List<String> hops =
        forwardedFor.stream()
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .toList();
    if (hops.isEmpty() || hops.stream().anyMatch(hop -> bytes(hop).isEmpty())) {
      return new Caller(connection, secure);
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trusts(hops.get(i))) {
        return new Caller(unbracketed(hops.get(i)), secure);
      }
    }
    return new Caller(unbracketed(hops.get(0)), secure);
  }

  private static String unbracketed(String hop) {
    return hop.startsWith("[") ? hop.substring(1, hop.length() - 1) : hop;
  }

  boolean trusts(String address) {
    Optional<byte[]> candidate = bytes(address);
    return candidate.isPresent()
        && networks.stream().anyMatch(network -> network.holds(candidate.get()));
  }

  private static Optional<Network> network(String text) {
    int slash = text.indexOf('/');
    Optional<byte[]> address = bytes(slash < 0 ? text : text.substring(0, slash));
    if (address.isEmpty()) {
      return Optional.empty();
    }
    int bits = address.get().length * 8;
    if (slash < 0) {
      return Optional.of(new Network(address.get(), bits));
    }
    try {
      int prefix = Integer.parseInt(text.substring(slash + 1));
      return prefix < 0 || prefix > bits
          ? Optional.empty()
          : Optional.of(new Network(address.get(), prefix));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  /** The bytes of an IP literal (IPv4 or IPv6, brackets allowed); empty for anything else. */
  private static Optional<byte[]> bytes(String text) {
    String literal =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (literal.isEmpty() || literal.length() > 45 || !LITERAL.matcher(literal).matches()) {
      return Optional.empty();
    }
    if (!literal.contains(":") && literal.split("\\.", -1).length != 4) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(literal).getAddress());
    } catch (UnknownHostException notAnAddress) {
      return Optional.empty();
    }
  }
}
