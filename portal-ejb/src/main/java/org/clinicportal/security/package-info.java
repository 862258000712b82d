/**
 * Who may sign in, to which clinic, in which role: accounts, password rules and the sign-in check.
 */
package org.clinicportal.security;
