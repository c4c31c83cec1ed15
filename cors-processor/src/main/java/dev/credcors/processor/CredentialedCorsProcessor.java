package dev.credcors.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.credcors.policy.Message;
import dev.credcors.policy.PolicyValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Checks every {@code @CredentialedCors} policy and generates, for each resource with a clean
 * report, the {@code <Resource>_CorsFilter} class the runtime binds to the resource's methods.
 *
 * <p>Pipeline per resource: {@link DeclarationReader} (declaration) -> {@link ResourceValidator}
 * and {@link ConflictDetector} (validation, a {@link ValidationReport}) -> {@link ModelFactory}
 * (model) -> {@link FilterWriter} (writer). Nothing is generated for a resource whose report has an
 * error. In the last round, the generated resources are listed in the reviewer's {@link Inventory}
 * ({@code META-INF/credcors/inventory.md}). The annotation is never claimed, so other processors
 * see it too.
 */
@AutoService(Processor.class)
public final class CredentialedCorsProcessor extends AbstractProcessor {

  /** {@code -Acredcors.warningsAsErrors=true} reports every unsuppressed warning as an error. */
  static final String WARNINGS_AS_ERRORS = "credcors.warningsAsErrors";

  /** {@code -Acredcors.inventory=false} writes no {@link Inventory#PATH}; any other value does. */
  static final String INVENTORY = "credcors.inventory";

  /** {@code -Acredcors.sarif=<file>} writes the diagnostics as SARIF 2.1.0 to that file. */
  static final String SARIF = "credcors.sarif";

  /** {@code -Acredcors.namespace=jakarta|javax}: see {@link Namespace#OPTION}. */
  static final String NAMESPACE = Namespace.OPTION;

  /**
   * Gradle's incremental modes, reported through {@link #getSupportedOptions()} because the jar
   * declares this processor {@code dynamic}: the inventory aggregates every resource into one file,
   * so with it the processor is aggregating; without it each generated class depends on its own
   * resource only, so it is isolating.
   */
  static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";

  static final String GRADLE_ISOLATING = "org.gradle.annotation.processing.isolating";

  private Elements elements;
  private SarifMessager messager;
  private String sarifFile;
  private Namespace namespace = Namespace.JAKARTA;
  private DeclarationReader reader;
  private ResourceValidator validator;
  private ModelFactory models;
  private FilterWriter writer;
  private final ConflictDetector conflicts = new ConflictDetector();
  private final Inventory inventory = new Inventory();

  /** Until {@link #init} reads the option, claim the mode that is safe either way. */
  private boolean inventoryEnabled = true;

  /** Whether credcors reported an error: a failed compilation gets no inventory. */
  private boolean failed;

  /** The inventory is one file: written once per compilation, however many rounds there are. */
  private boolean inventoryWritten;

  /** Resources waiting for a type another processor has still to generate, with that type. */
  private final Map<String, String> deferred = new LinkedHashMap<>();

  /** Resources already handled, so that no class is generated twice. */
  private final Set<String> done = new HashSet<>();

  public CredentialedCorsProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    messager = new SarifMessager(env);
    sarifFile = env.getOptions().get(SARIF);
    namespace = namespace(env);
    reader = new DeclarationReader(elements, env.getTypeUtils(), namespace);
    boolean warningsAsErrors = Boolean.parseBoolean(env.getOptions().get(WARNINGS_AS_ERRORS));
    inventoryEnabled = !"false".equalsIgnoreCase(env.getOptions().get(INVENTORY));
    validator =
        new ResourceValidator(new PolicyValidator(new GuavaPublicSuffixes()), warningsAsErrors);
    models = new ModelFactory(elements);
    TypeElement generated = elements.getTypeElement("javax.annotation.processing.Generated");
    writer =
        new FilterWriter(
            generated == null ? null : ClassName.get(generated),
            JaxRsNames.in(namespace.packageName()));
  }

  /**
   * The option's namespace if it names one, else the one on the class path (Jakarta when both are):
   * an option credcors cannot read fails the build rather than guess.
   */
  private Namespace namespace(ProcessingEnvironment env) {
    String option = env.getOptions().get(NAMESPACE);
    if (option != null) {
      Optional<Namespace> chosen = Namespace.forOption(option);
      if (chosen.isPresent()) {
        return chosen.get();
      }
      failed = true;
      messager.printMessage(Diagnostic.Kind.ERROR, Message.NAMESPACE_OPTION.format(option));
    }
    return Namespace.detect(name -> elements.getTypeElement(name) != null);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.CREDENTIALED_CORS);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(
        WARNINGS_AS_ERRORS,
        INVENTORY,
        SARIF,
        NAMESPACE,
        inventoryEnabled ? GRADLE_AGGREGATING : GRADLE_ISOLATING);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      reportStillDeferred();
      writeInventory(round);
      writeSarif();
      return false;
    }
    List<ResourceValidator.Result> results = new ArrayList<>();
    for (TypeElement resource : resourcesOf(round)) {
      try {
        declareAndValidate(resource).ifPresent(results::add);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        internalError(resource, e);
      }
    }
    try {
      checkConflicts(results);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      for (ResourceValidator.Result result : results) {
        internalError(result.declaration().type(), e);
      }
      return false;
    }
    for (ResourceValidator.Result result : results) {
      result.report().printTo(messager);
      if (result.report().hasErrors()) {
        failed = true;
      } else {
        generate(result);
      }
    }
    return false;
  }

  /** Resources deferred by earlier rounds, then this round's (a method's resource is its class). */
  private List<TypeElement> resourcesOf(RoundEnvironment round) {
    Map<String, TypeElement> resources = new LinkedHashMap<>();
    for (String name : deferred.keySet()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        resources.put(name, type);
      }
    }
    deferred.clear();
    TypeElement annotation = elements.getTypeElement(Annotations.CREDENTIALED_CORS);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Element enclosing =
            element instanceof TypeElement ? element : element.getEnclosingElement();
        if (enclosing instanceof TypeElement type) {
          resources.putIfAbsent(key(type), type);
        }
      }
    }
    resources.keySet().removeAll(done);
    return List.copyOf(resources.values());
  }

  private Optional<ResourceValidator.Result> declareAndValidate(TypeElement resource) {
    if (reader.usesOtherNamespaceOnly(resource)) {
      done.add(key(resource));
      report(
          resource,
          Message.MISPLACED_IN_OTHER_NAMESPACE.format(
              namespace.packageName(),
              key(resource),
              namespace.other().packageName(),
              namespace.other().optionValue()));
      return Optional.empty();
    }
    Optional<String> unresolved = reader.unresolved(resource);
    Optional<ResourceDeclaration> declaration =
        unresolved.isPresent() ? Optional.empty() : reader.read(resource);
    if (declaration.isEmpty()) {
      deferred.put(key(resource), unresolved.orElse("a value of @CredentialedCors"));
      return Optional.empty();
    }
    done.add(key(resource));
    return Optional.of(validator.validate(declaration.get()));
  }

  /** Adds {@code conflicting-policies} errors to the reports of this round's resources. */
  private void checkConflicts(List<ResourceValidator.Result> results) {
    Map<String, ResourceValidator.Result> byName = new LinkedHashMap<>();
    List<ConflictDetector.Claim> claims = new ArrayList<>();
    for (ResourceValidator.Result result : results) {
      byName.put(key(result.declaration().type()), result);
      for (ResourceValidator.Governed g : result.governed()) {
        claims.add(
            new ConflictDetector.Claim(
                key(result.declaration().type()),
                owner(g),
                g.method().policy().isPresent() ? g.method().javaMethod() : null,
                ResourceValidator.designator(g.method()),
                g.method().pathTemplate(),
                g.method().normalizedPath(),
                ModelFactory.policyValues(g.policy())));
      }
    }
    for (ConflictDetector.Conflict conflict : conflicts.add(claims)) {
      ConflictDetector.Claim claim = conflict.claim();
      ResourceValidator.Result current = byName.get(claim.resourceName());
      Optional<PolicyLocation> location = locate(claim);
      if (location.isEmpty()) {
        continue;
      }
      if (current != null) {
        current.report().error(conflict.text(), location.get().element(), location.get().mirror());
      } else { // generated in an earlier round: the build fails all the same
        failed = true;
        messager.printMessage(
            Diagnostic.Kind.ERROR, conflict.text(), location.get().element(), location.get().mirror());
      }
    }
  }

  private record PolicyLocation(Element element, AnnotationMirror mirror) {}

  /** Finds a claim's annotation again by name: elements of an earlier round may be stale. */
  private Optional<PolicyLocation> locate(ConflictDetector.Claim claim) {
    TypeElement type = elements.getTypeElement(claim.resourceName());
    if (type == null) {
      return Optional.empty();
    }
    Element owner = type;
    if (claim.policyMethod() != null) {
      for (Element member : type.getEnclosedElements()) {
        if (member instanceof ExecutableElement method
            && reader.javaMethod(method).equals(claim.policyMethod())) {
          owner = method;
        }
      }
    }
    Element element = owner;
    return Annotations.find(element, Annotations.CREDENTIALED_CORS)
        .map(mirror -> new PolicyLocation(element, mirror));
  }

  private void generate(ResourceValidator.Result result) {
    TypeElement resource = result.declaration().type();
    try {
      ResourceModel model = models.create(result);
      writer.writeTo(model, processingEnv.getFiler());
      if (inventoryEnabled) {
        inventory.add(model, result.report().suppressed());
      }
    } catch (IOException e) {
      internalError(resource, e);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      internalError(resource, e);
    }
  }

  /**
   * Writes the inventory once, in the last round, when the compilation produced at least one
   * resource and no error: a failed compilation writes no classes either, and a partial inventory
   * would mislead.
   */
  private void writeInventory(RoundEnvironment round) {
    if (!inventoryEnabled
        || inventoryWritten
        || inventory.isEmpty()
        || failed
        || round.errorRaised()) {
      return;
    }
    inventoryWritten = true;
    // Every listed resource is an input of the aggregated file (Gradle's originating elements).
    List<TypeElement> originating = new ArrayList<>();
    for (String name : inventory.resources()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        originating.add(type);
      }
    }
    try {
      TypeElement[] inputs = originating.toArray(TypeElement[]::new);
      new InventoryFile(processingEnv.getFiler())
          .write(inventory.render(), inputs)
          .ifPresent(text -> messager.printMessage(Diagnostic.Kind.ERROR, text));
      new InventoryFile(processingEnv.getFiler(), JsonInventory.PATH, JsonInventory.MARKER)
          .write(JsonInventory.render(inventory), inputs)
          .ifPresent(text -> messager.printMessage(Diagnostic.Kind.ERROR, text));
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      StackTraceElement[] trace = e.getStackTrace();
      String where = trace.length == 0 ? "" : " at " + trace[0];
      messager.printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(e + where));
    }
  }

  /**
   * Writes every diagnostic of the compilation, in the last round, to the file named by {@link
   * #SARIF}: a plain file, not a Filer output, as it describes the build rather than belonging in
   * the jar.
   */
  private void writeSarif() {
    if (sarifFile == null || sarifFile.isBlank()) {
      return;
    }
    java.nio.file.Path file = java.nio.file.Path.of(sarifFile);
    try {
      if (file.toAbsolutePath().getParent() != null) {
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
      }
      java.nio.file.Files.writeString(
          file, messager.log().render(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          "credcors could not write the SARIF log " + sarifFile + " (-A" + SARIF + "): " + e);
    }
  }

  private void reportStillDeferred() {
    for (Map.Entry<String, String> entry : deferred.entrySet()) {
      TypeElement type = elements.getTypeElement(entry.getKey());
      if (type != null) {
        report(type, Message.UNRESOLVED_TYPE.format(entry.getValue()));
      }
    }
    deferred.clear();
  }

  /** One error on the element, never a crashed compiler: a bug must not hide the user's code. */
  private void internalError(TypeElement resource, Throwable e) {
    done.add(key(resource));
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    report(resource, Message.INTERNAL_ERROR.format(e + where));
  }

  private void report(TypeElement resource, String text) {
    failed = true;
    Optional<AnnotationMirror> mirror = Annotations.find(resource, Annotations.CREDENTIALED_CORS);
    if (mirror.isPresent()) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, resource, mirror.get());
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, resource);
    }
  }

  private static String owner(ResourceValidator.Governed g) {
    return g.method().policy().isPresent()
        ? ResourceValidator.describe(g.method())
        : g.policy().element().toString();
  }

  private static String key(TypeElement type) {
    return type.getQualifiedName().toString();
  }
}
