package dev.credcors.it;

import io.undertow.Undertow;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * RESTEasy on Undertow. Compiled here against RESTEasy 6.2 and run unchanged on RESTEasy 7.0: the
 * deployment API it calls has kept its signatures.
 */
final class ResteasyFixture implements ServerFixture {

  /** Named by the RESTEasy stack modules in {@value ServerFixture#KIND_PROPERTY}. */
  public static final class Kind implements ServerFixture.Kind {
    public Kind() {}

    @Override
    public ServerFixture start(Application application) throws Exception {
      return new ResteasyFixture(application);
    }
  }

  private final DeploymentManager manager;
  private final Undertow undertow;
  private final URI base;

  private ResteasyFixture(Application application) throws Exception {
    ResteasyDeployment deployment = new ResteasyDeploymentImpl();
    deployment.setApplication(application);
    // UndertowJaxrsServer only describes the servlet deployment; the Undertow server is ours so
    // that it can listen on an ephemeral port and report it.
    DeploymentInfo info =
        new UndertowJaxrsServer()
            .undertowDeployment(deployment)
            .setClassLoader(ResteasyFixture.class.getClassLoader())
            .setContextPath("/")
            .setDeploymentName("credcors-it");
    manager = Servlets.newContainer().addDeployment(info);
    manager.deploy();
    try {
      undertow =
          Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(manager.start()).build();
      undertow.start();
    } catch (Exception | Error e) {
      manager.undeploy(); // a deployment that failed to start is not left behind
      throw e;
    }
    InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
    base = URI.create("http://127.0.0.1:" + address.getPort() + "/");
  }

  @Override
  public URI base() {
    return base;
  }

  @Override
  public void close() {
    undertow.stop();
    try {
      manager.stop();
    } catch (Exception e) {
      // Stopping is best effort; the listener is already closed.
    }
    manager.undeploy();
  }
}
