package dev.credcors.processor;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The JAX-RS package a compilation is written against: {@code jakarta.ws.rs} (Jakarta REST 3.0 and
 * later) or {@code javax.ws.rs} (JAX-RS 2.x). Only names depend on it, the annotations read and the
 * types the generated code uses ({@link #packageName()} feeds the writer); every rule is the same
 * in both.
 */
enum Namespace {
  JAKARTA("jakarta"),
  JAVAX("javax");

  /** {@code -Acredcors.namespace=jakarta|javax} chooses when the class path has both. */
  static final String OPTION = "credcors.namespace";

  private final String root;

  Namespace(String root) {
    this.root = root;
  }

  /**
   * The namespace a compilation has: Jakarta if its {@code @Path} resolves, else javax if its does.
   */
  static Namespace detect(Predicate<String> resolvable) {
    if (resolvable.test(JAKARTA.path())) {
      return JAKARTA;
    }
    return resolvable.test(JAVAX.path()) ? JAVAX : JAKARTA;
  }

  /** The namespace an {@link #OPTION} value names, if it names one. */
  static Optional<Namespace> forOption(String value) {
    for (Namespace namespace : values()) {
      if (namespace.root.equals(value.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(namespace);
      }
    }
    return Optional.empty();
  }

  /** {@code jakarta} or {@code javax}: the {@link #OPTION} value that selects this namespace. */
  String optionValue() {
    return root;
  }

  /** {@code jakarta.ws.rs} or {@code javax.ws.rs}. */
  String packageName() {
    return root + ".ws.rs";
  }

  String path() {
    return packageName() + ".Path";
  }

  String httpMethod() {
    return packageName() + ".HttpMethod";
  }

  /** Whether the annotation or type named {@code qualifiedName} belongs to this namespace. */
  boolean owns(String qualifiedName) {
    return qualifiedName.startsWith(packageName() + ".");
  }

  Namespace other() {
    return this == JAKARTA ? JAVAX : JAKARTA;
  }
}
