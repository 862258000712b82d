/**
 * The patient's JSON API under {@code /api/patient}: today's plan, a round logged, a journal entry
 * written, progress. It serves pages that must work without Faces view state (the installable,
 * offline patient app), through the same session and the same {@code HomeCare} services as the
 * patient's pages: the patient is always the signed-in account, never an id in the request.
 */
package org.clinicportal.web.api;
