/** Pieces every page uses: the signed-in user, faces messages from the resource bundle. */
package org.clinicportal.web;
