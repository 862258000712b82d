/**
 * Mail the portal sends between visits: an outbox written in the transaction of each message's
 * cause, a worker that hands the messages to the clinic's mail server with retries, and the log a
 * clinic reads. No message carries health information: the portal's pages hold that, behind
 * sign-in.
 */
package org.clinicportal.mail;
