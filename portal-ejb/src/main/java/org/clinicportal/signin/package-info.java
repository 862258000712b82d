/**
 * Signing in: the clinic named on the form is looked up in the register of clinics, and the account
 * is then checked with that clinic bound, or as a platform operator when no clinic is named. It
 * sits above both the register and the accounts, which know nothing of each other's sign-in role.
 */
package org.clinicportal.signin;
