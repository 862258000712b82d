/** The signed-in person's own account: choosing a new password. */
package org.clinicportal.web.account;
