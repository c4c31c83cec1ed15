package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointBinderTest {

  static class Outer {
    static class Inner {
      public void find(String name, long id, byte[] body, Outer.Inner[] more) {}
    }
  }

  @Test
  void namesGeneratedClassAfterNestedResource() {
    assertThat(EndpointBinder.generatedName(Outer.Inner.class))
        .isEqualTo("dev.credcors.jaxrs.EndpointBinderTest_Outer_Inner_CorsFilter");
  }

  @Test
  void keysMethodsByErasedParameterTypeNames() throws Exception {
    assertThat(
            EndpointBinder.javaMethodKey(
                Outer.Inner.class.getMethod(
                    "find", String.class, long.class, byte[].class, Outer.Inner[].class)))
        .isEqualTo(
            "find(java.lang.String,long,byte[],"
                + "dev.credcors.jaxrs.EndpointBinderTest$Outer$Inner[])");
  }

  @Test
  void findsGeneratedClassThroughProxySubclass() {
    assertThat(EndpointBinder.load(ProxyOfSample.class).endpoints())
        .extracting(CorsEndpoint::javaMethod)
        .containsExactly("get()");
    assertThat(EndpointBinder.load(String.class)).isSameAs(EndpointBinder.Generated.NONE);
  }

  static class ProxyOfSample extends Sample {}

  @Test
  void subclassWithItsOwnPathDoesNotTakeItsSuperclasssPolicy() {
    assertThat(EndpointBinder.load(OtherResourceExtendingSample.class).endpoints()).isEmpty();
  }

  /** Neither {@code @Path} nor {@code @CredentialedCors} is inherited: this is its own resource. */
  @jakarta.ws.rs.Path("/other")
  static class OtherResourceExtendingSample extends Sample {}

  @dev.credcors.CredentialedCors(origins = "https://app.example.com")
  static class CompiledWithoutProcessor {
    public String get() {
      return "";
    }
  }

  /** Every write governed: its read needs no write guard stage; the router judges its writes. */
  @jakarta.ws.rs.Path("/writing")
  static class Writing {
    @jakarta.ws.rs.GET
    public String get() {
      return "";
    }

    @jakarta.ws.rs.DELETE
    public void remove() {}
  }

  /** A write without policy: its read keeps the stage, so that write is never judged for it. */
  @jakarta.ws.rs.Path("/mixed")
  static class Mixed {
    @jakarta.ws.rs.GET
    public String get() {
      return "";
    }

    @jakarta.ws.rs.POST
    public void post() {}
  }

  private static final Map<Class<?>, Integer> BOTH_CONTRACTS =
      Map.of(
          ContainerRequestFilter.class,
          Priorities.AUTHENTICATION - 100,
          ContainerResponseFilter.class,
          Priorities.AUTHENTICATION - 200);

  private static List<Object> contractsBoundFor(Class<?> resource, String method) throws Exception {
    List<Object> contracts = new ArrayList<>();
    new EndpointBinder(new PreflightRouter())
        .configure(
            info(resource, resource.getMethod(method)), context(new ArrayList<>(), contracts));
    return contracts;
  }

  @Test
  void bindsTheWriteGuardStageToWritesAndToReadsOnlyBesideAnUngovernedWrite() throws Exception {
    Map<Class<?>, Integer> responseOnly =
        Map.of(ContainerResponseFilter.class, Priorities.AUTHENTICATION - 200);
    assertThat(contractsBoundFor(Writing.class, "get")).containsExactly(responseOnly);
    assertThat(contractsBoundFor(Writing.class, "remove")).containsExactly(BOTH_CONTRACTS);
    assertThat(contractsBoundFor(Mixed.class, "get")).containsExactly(BOTH_CONTRACTS);
  }

  @Test
  void tellsTheRouterWhichReadsHaveNoStageOfTheirOwn() throws Exception {
    PreflightRouter router = new PreflightRouter();
    EndpointBinder binder = new EndpointBinder(router);
    for (Class<?> resource : List.of(Writing.class, Mixed.class)) {
      for (Method method : resource.getDeclaredMethods()) {
        binder.configure(info(resource, method), context(new ArrayList<>()));
      }
    }
    assertThat(router.route("/writing").overridableWriteJudges("POST"))
        .extracting(binding -> binding.endpoint().httpMethod())
        .containsExactly("GET");
    assertThat(router.route("/writing").overridableWriteJudges("DELETE"))
        .extracting(binding -> binding.endpoint().httpMethod())
        .containsExactly("DELETE");
    assertThat(router.route("/mixed").overridableWriteJudges("POST")).isEmpty();
  }

  @Test
  void aLocatorOrAnUngovernedWriteKeepsTheStageOnReads() {
    assertThat(EndpointBinder.everyWriteGoverned(Writing.class, Writing_endpoints())).isTrue();
    assertThat(EndpointBinder.everyWriteGoverned(Mixed.class, List.of())).isFalse();
    assertThat(EndpointBinder.everyWriteGoverned(WithLocator.class, List.of())).isFalse();
  }

  private static List<CorsEndpoint> Writing_endpoints() {
    return EndpointBinderTest_Writing_CorsFilter.endpoints();
  }

  static class WithLocator {
    @jakarta.ws.rs.Path("children")
    public Object children() {
      return new Object();
    }
  }

  @Test
  void bindsTheGeneratedFilterMadeForTheMethodWithOnePriorityPerContract() throws Exception {
    PreflightRouter router = new PreflightRouter();
    List<Object> registered = new ArrayList<>();
    List<Object> contracts = new ArrayList<>();
    new EndpointBinder(router)
        .configure(
            info(ProxyOfSample.class, Sample.class.getMethod("get")),
            context(registered, contracts));
    assertThat(registered)
        .singleElement()
        .isInstanceOfSatisfying(
            Sample_CorsFilter.class,
            filter -> assertThat(filter.endpoint().javaMethod()).isEqualTo("get()"));
    // The response side late, never a global filter; a read of a resource without an ungoverned
    // write has no write guard stage (the one above covers the stage's priority).
    assertThat(contracts)
        .containsExactly(Map.of(ContainerResponseFilter.class, Priorities.AUTHENTICATION - 200));
    assertThat(router.route("/sample")).isNotNull();
  }

  @Test
  void bindsEachSideWithItsOwnPriorityWhereTheContextTakesNoContracts() throws Exception {
    List<Object> registered = new ArrayList<>();
    List<Object> priorities = new ArrayList<>();
    // Like Quarkus REST: register(Object, Map) throws, register(Object, int) works.
    FeatureContext quarkusLike = context(registered, priorities, false);
    EndpointBinder binder = new EndpointBinder(new PreflightRouter());
    binder.configure(info(Writing.class, Writing.class.getMethod("get")), quarkusLike);
    assertThat(registered)
        .singleElement()
        .isInstanceOf(ContainerResponseFilter.class)
        .isNotInstanceOf(ContainerRequestFilter.class);
    registered.clear();
    priorities.clear();
    binder.configure(info(Writing.class, Writing.class.getMethod("remove")), quarkusLike);
    assertThat(registered).hasSize(2);
    assertThat(registered.get(0))
        .isInstanceOf(ContainerRequestFilter.class)
        .isNotInstanceOf(ContainerResponseFilter.class);
    assertThat(registered.get(1))
        .isInstanceOf(ContainerResponseFilter.class)
        .isNotInstanceOf(ContainerRequestFilter.class);
    assertThat(priorities)
        .containsExactly(Priorities.AUTHENTICATION - 100, Priorities.AUTHENTICATION - 200);
  }

  @Test
  void rejectsAGeneratedClassOfTheWrongShape() {
    assertThatThrownBy(() -> EndpointBinder.load(NotAFilterResource.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NotAFilterResource_CorsFilter");
  }

  /** Its "generated" class below is not a filter, as an old credcors version's would not be. */
  static class NotAFilterResource {}

  @Test
  void leavesUnannotatedResourcesAlone() throws Exception {
    PreflightRouter router = new PreflightRouter();
    List<Object> registered = new ArrayList<>();
    new EndpointBinder(router)
        .configure(info(String.class, String.class.getMethod("trim")), context(registered));
    assertThat(registered).isEmpty();
    assertThat(router.isEmpty()).isTrue();
  }

  @Test
  void annotatedResourceWithoutGeneratedClassFailsStartUp() throws Exception {
    ResourceInfo info =
        info(CompiledWithoutProcessor.class, CompiledWithoutProcessor.class.getMethod("get"));
    assertThatThrownBy(
            () -> new EndpointBinder(new PreflightRouter()).configure(info, context(List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the credcors processor did not run")
        .hasMessageContaining("cors-processor");
  }

  static ResourceInfo info(Class<?> resourceClass, Method method) {
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return resourceClass;
      }
    };
  }

  private static FeatureContext context(List<Object> registered) {
    return context(registered, new ArrayList<>());
  }

  /**
   * A FeatureContext that records what is registered on it, and the contracts or priority given,
   * and supports nothing else.
   */
  private static FeatureContext context(List<Object> registered, List<Object> contracts) {
    return context(registered, contracts, true);
  }

  /** As above; without {@code takesContracts}, {@code register(Object, Map)} throws. */
  private static FeatureContext context(
      List<Object> registered, List<Object> contracts, boolean takesContracts) {
    return (FeatureContext)
        Proxy.newProxyInstance(
            FeatureContext.class.getClassLoader(),
            new Class<?>[] {FeatureContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("register")
                  && (takesContracts || args.length < 2 || !(args[1] instanceof Map))) {
                registered.add(args[0]);
                if (args.length > 1) {
                  contracts.add(args[1]);
                }
                return proxy;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
