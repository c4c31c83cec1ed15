package dev.credcors.processor;

import dev.credcors.policy.Message;
import dev.credcors.policy.PolicyInput;
import dev.credcors.policy.PolicyValidator;
import dev.credcors.policy.Rule;
import dev.credcors.policy.Severity;
import dev.credcors.policy.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The validation step for one resource: the element rules ({@code misplaced-annotation}), then the
 * attribute rules of {@link PolicyValidator} for each policy, with suppression and the
 * warnings-as-errors option applied. Prints nothing; the result carries a {@link ValidationReport}.
 */
final class ResourceValidator {

  /** A resource method and the policy that governs it (its own, else the class policy). */
  record Governed(ResourceDeclaration.Method method, PolicyDeclaration policy) {}

  /** The report, and for a clean report the governed methods in declaration order. */
  record Result(
      ResourceDeclaration declaration, ValidationReport report, List<Governed> governed) {}

  private final PolicyValidator policyValidator;
  private final boolean warningsAsErrors;

  /**
   * The attribute rules' verdict on each distinct policy input of the compilation. The rules are a
   * function of the input alone, and resources commonly share a policy (the same origins and
   * patterns from one constant), so each distinct input is checked, and its patterns analysed,
   * once.
   */
  private final Map<PolicyInput, List<Violation>> verdicts = new HashMap<>();

  ResourceValidator(PolicyValidator policyValidator, boolean warningsAsErrors) {
    this.policyValidator = policyValidator;
    this.warningsAsErrors = warningsAsErrors;
  }

  Result validate(ResourceDeclaration resource) {
    ValidationReport report = new ValidationReport();
    TypeElement type = resource.type();
    Optional<String> notConcrete = notConcrete(type);
    boolean resourceClass = notConcrete.isEmpty() && resource.classPath().isPresent();

    resource
        .classPolicy()
        .ifPresent(
            policy -> {
              if (notConcrete.isPresent()) {
                report.error(
                    Message.MISPLACED_ON_ABSTRACT_TYPE.format(type, notConcrete.get()),
                    type,
                    policy.mirror());
              } else if (resource.classPath().isEmpty()) {
                report.error(Message.MISPLACED_ON_CLASS.format(type), type, policy.mirror());
              }
            });

    List<Governed> governed = new ArrayList<>();
    for (ResourceDeclaration.Method method : resource.methods()) {
      boolean resourceMethod = resourceClass && isResourceMethod(method);
      if (method.policy().isPresent() && !resourceMethod) {
        report.error(
            Message.MISPLACED_ON_METHOD.format(describe(method)),
            method.element(),
            method.policy().get().mirror());
      } else if (resourceMethod) {
        method
            .policy()
            .or(resource::classPolicy)
            .ifPresent(policy -> governed.add(new Governed(method, policy)));
      }
    }

    // Only well-placed policies reach the attribute rules: a misplaced one has one error already.
    Map<PolicyDeclaration, Set<String>> served = new LinkedHashMap<>();
    if (resourceClass) {
      resource.classPolicy().ifPresent(p -> served.put(p, new LinkedHashSet<>()));
    }
    for (Governed g : governed) {
      served.computeIfAbsent(g.policy(), p -> new LinkedHashSet<>()).add(designator(g.method()));
    }
    for (Map.Entry<PolicyDeclaration, Set<String>> entry : served.entrySet()) {
      PolicyDeclaration policy = entry.getKey();
      PolicyInput input = policy.toInput(entry.getValue());
      for (Violation violation :
          verdicts.computeIfAbsent(input, in -> List.copyOf(policyValidator.validate(in)))) {
        report(report, resource, policy, violation);
      }
    }
    return new Result(resource, report, report.hasErrors() ? List.of() : List.copyOf(governed));
  }

  private void report(
      ValidationReport report,
      ResourceDeclaration resource,
      PolicyDeclaration policy,
      Violation violation) {
    Diagnostic.Kind kind;
    if (violation.severity() == Severity.ERROR) {
      kind = Diagnostic.Kind.ERROR;
    } else if (isSuppressed(policy.element(), violation.rule())) {
      report.suppressed(where(resource, policy), violation.rule(), violation.text());
      return;
    } else {
      kind = warningsAsErrors ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    }
    report.add(kind, violation.text(), policy.element(), policy.mirror(), policy.locate(violation));
  }

  /** {@code com.x.Resource} for a class policy, {@code com.x.Resource#get(long)} for a method's. */
  private static String where(ResourceDeclaration resource, PolicyDeclaration policy) {
    for (ResourceDeclaration.Method method : resource.methods()) {
      if (method.policy().isPresent() && method.policy().get().equals(policy)) {
        TypeElement owner = (TypeElement) method.element().getEnclosingElement();
        return owner.getQualifiedName() + "#" + method.javaMethod();
      }
    }
    return resource.type().getQualifiedName().toString();
  }

  /** {@code @SuppressWarnings("credcors:<tag>")} on the element or any element enclosing it. */
  static boolean isSuppressed(Element element, Rule rule) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && List.of(suppress.value()).contains(rule.suppressionKey())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why Jakarta REST never instantiates {@code type} as a root resource (section 3.1.2: a public,
   * concrete class it can construct), or empty when it can.
   */
  private static Optional<String> notConcrete(TypeElement type) {
    ElementKind kind = type.getKind();
    if (kind == ElementKind.INTERFACE) {
      return Optional.of("an interface");
    }
    if (kind == ElementKind.ANNOTATION_TYPE) {
      return Optional.of("an annotation type");
    }
    if (kind == ElementKind.ENUM) {
      return Optional.of("an enum");
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of("abstract");
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of("an inner (non-static) class");
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return Optional.of("a local class");
    }
    return Optional.empty();
  }

  /** A public instance method with an HTTP method designator (Jakarta REST 3.1, 3.3). */
  private static boolean isResourceMethod(ResourceDeclaration.Method method) {
    Set<Modifier> modifiers = method.element().getModifiers();
    return method.designator().isPresent()
        && modifiers.contains(Modifier.PUBLIC)
        && !modifiers.contains(Modifier.STATIC);
  }

  static String designator(ResourceDeclaration.Method method) {
    return method.designator().orElseThrow();
  }

  static String describe(ResourceDeclaration.Method method) {
    TypeElement owner = (TypeElement) method.element().getEnclosingElement();
    return owner.getQualifiedName() + "." + method.javaMethod();
  }
}
