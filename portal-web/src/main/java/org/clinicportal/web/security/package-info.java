/** Sign-in and sign-out pages, the identity store and the landing redirect by role. */
package org.clinicportal.web.security;
