/**
 * The server's health for a load balancer and a container runtime: MicroProfile Health's readiness
 * and liveness checks, which Payara Server serves at {@code /health/ready} and {@code
 * /health/live}.
 */
package org.clinicportal.web.health;
