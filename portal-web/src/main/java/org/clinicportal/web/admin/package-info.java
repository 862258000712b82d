/**
 * Pages of the clinic administrator: the clinic's profile, its staff and its e-mail log. Named
 * after who uses them; the services behind them are in the ejb packages {@code clinic} (profile,
 * staff) and {@code mail} (the delivery log).
 */
package org.clinicportal.web.admin;
