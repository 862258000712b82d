/**
 * Accounts of clinic staff, patients and platform operators: passwords and their rules, lockout,
 * the address throttle, and the password check that {@code org.clinicportal.signin} calls.
 */
package org.clinicportal.security;
