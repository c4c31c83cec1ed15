/**
 * The run-time half of credcors for Jakarta REST: the code generated classes call, the preflight
 * router, and the registration hooks that make Jersey and RESTEasy apply the policies with no
 * registration code.
 */
package dev.credcors.jaxrs;
