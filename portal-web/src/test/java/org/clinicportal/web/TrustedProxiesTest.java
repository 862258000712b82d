package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose word the portal takes for the caller's address and scheme, and whose it ignores. */
class TrustedProxiesTest {

  private final TrustedProxies proxies = TrustedProxies.of("10.0.0.0/8, 192.168.1.7, fd00::/8");

  @Test
  void aCallerThatIsNoTrustedProxyIsTheCallerWhateverItsHeadersSay() {
    assertEquals(
        new TrustedProxies.Caller("203.0.113.5", false),
        proxies.caller("203.0.113.5", false, List.of("198.51.100.1"), "https"));
  }

  @Test
  void behindATrustedProxyTheClientItNamesIsTheCaller() {
    assertEquals(
        new TrustedProxies.Caller("198.51.100.1", true),
        proxies.caller("10.1.2.3", false, List.of("198.51.100.1"), "https"));
    assertEquals(
        new TrustedProxies.Caller("198.51.100.1", false),
        proxies.caller("192.168.1.7", false, List.of("198.51.100.1"), "http"));
  }

  @Test
  void whatTheClientWroteLeftOfTheProxysEntryProvesNothing() {
    assertEquals(
        "198.51.100.1",
        proxies
            .caller("10.0.0.2", false, List.of("1.2.3.4, 198.51.100.1", "10.9.9.9"), null)
            .address(),
        "the nearest address that is not a trusted proxy, read from the right");
  }

  @Test
  void aHeaderThatIsNotAListOfAddressesLeavesTheProxyAsTheCaller() {
    for (String forged :
        List.of("", "portal.example.org", "198.51.100.1, evil", "1.2.3", "999.1.1.1", "::g")) {
      assertEquals(
          "10.0.0.2", proxies.caller("10.0.0.2", false, List.of(forged), null).address(), forged);
    }
    assertEquals("10.0.0.2", proxies.caller("10.0.0.2", false, List.of(), null).address());
  }

  @Test
  void networksAndAddressesOfBothFamiliesAreRead() {
    assertTrue(proxies.trusts("10.255.255.255"));
    assertFalse(proxies.trusts("11.0.0.1"));
    assertTrue(proxies.trusts("192.168.1.7"));
    assertFalse(proxies.trusts("192.168.1.8"));
    assertTrue(proxies.trusts("fd12:3456::1"));
    assertFalse(proxies.trusts("fe80::1"));
    assertEquals(
        "2001:db8::7", proxies.caller("fd00::1", false, List.of("[2001:db8::7]"), null).address());
  }

  @Test
  void anEntryThatIsNoAddressOrNetworkIsLeftOutAndNothingIsTrustedWhenUnset() {
    TrustedProxies odd = TrustedProxies.of("proxy.example.org, 10.0.0.0/33, 10.0.0.0/x, 127.0.0.1");
    assertTrue(odd.trusts("127.0.0.1"));
    assertFalse(odd.trusts("10.0.0.1"));
    assertTrue(TrustedProxies.of(null).isEmpty());
    assertTrue(TrustedProxies.of(" , ").isEmpty());
  }
}
