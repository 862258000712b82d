/**
 * The pages the links in the portal's mail open, for people who are not signed in: stopping a kind
 * of reminder and confirming an address. A link names its clinic and patient under a signature;
 * opening it changes nothing until the person presses the page's button, so a mail scanner that
 * follows links stops nothing. Mail programs that offer one-click unsubscription (RFC 8058) post to
 * the stop link and are answered at once.
 */
package org.clinicportal.web.mail;
