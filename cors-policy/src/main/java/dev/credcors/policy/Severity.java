package dev.credcors.policy;

/** How a broken rule affects the build. */
public enum Severity {
  /** Fails the build (or start-up). */
  ERROR,
  /** Printed, suppressible with {@code @SuppressWarnings("credcors:<tag>")}. */
  WARNING
}
