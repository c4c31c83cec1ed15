package dev.credcors.processor;

import dev.credcors.policy.PathTemplate;

/**
 * Jakarta REST path templates through the runtime's own {@link PathTemplate}, so the processor and
 * the start-up checks agree on which templates are the same path.
 */
final class PathTemplates {

  private PathTemplates() {}

  /** {@code join("items/", "/{id}")} is {@code /items/{id}} (Jakarta REST 3.1 section 3.4). */
  static String join(String classPath, String methodPath) {
    return PathTemplate.join(classPath, methodPath);
  }

  /**
   * The template with variable names erased, so {@code /items/{id}} and {@code /items/{key}/}
   * compare equal. A template Jakarta REST itself rejects (an unbalanced brace, a regex that does
   * not compile) stays as written: the deployment fails on it before any policy matters.
   */
  static String normalized(String template) {
    try {
      return PathTemplate.parse(template).normalized();
    } catch (IllegalArgumentException e) {
      return template;
    }
  }
}
