package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailAddressesTest {

  @Test
  void plainAddressesAreAccepted() {
    assertTrue(MailAddresses.isPlausible("ana@example.org"));
    assertTrue(MailAddresses.isPlausible("o.hale+physio@mail.example.co.uk"));
  }

  @Test
  void whatCouldCarryAHeaderOrASecondRecipientIsRefused() {
    assertFalse(MailAddresses.isPlausible(null));
    assertFalse(MailAddresses.isPlausible(""));
    assertFalse(MailAddresses.isPlausible("ana"));
    assertFalse(MailAddresses.isPlausible("ana@localhost"));
    assertFalse(MailAddresses.isPlausible("ana@example."));
    assertFalse(MailAddresses.isPlausible("ana@example.org, eve@example.org"));
    assertFalse(MailAddresses.isPlausible("Ana <ana@example.org>"));
    assertFalse(MailAddresses.isPlausible("ana@example.org\r\nBcc: eve@example.org"));
    assertFalse(MailAddresses.isPlausible("a".repeat(250) + "@ex.org"));
  }

  @Test
  void aLogShowsTheFirstLetterAndTheDomain() {
    assertEquals("a***@example.org", MailAddresses.masked("ana@Example.org"));
    assertEquals("***", MailAddresses.masked("nobody"));
  }
}
