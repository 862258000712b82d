package org.clinicportal.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro started once for every test class that deploys the same archive, instead of once per
 * class. Arquillian deploys and undeploys around each class; this container keeps the running
 * server while the next class asks for an archive of the same name, and starts a new one, on a
 * freshly made database, only when the name changes. The server stops when the test run ends.
 *
 * <p>The service tests share the server safely because each makes its own clinics and reads only
 * those; a test that moves the clock moves it back.
 */
public final class SharedPayaraMicro extends PayaraMicroDeployableContainer {

  private Archive<?> running;
  private ProtocolMetaData runningMetaData;

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (running != null && running.getName().equals(archive.getName())) {
      return runningMetaData;
    }
    stopRunning();
    TestDatabase.recreate();
    running = archive;
    runningMetaData = super.deploy(archive);
    return runningMetaData;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // Kept running for the next class; stopped when another archive or the end of the run comes.
  }

  @Override
  public void stop() throws LifecycleException {
    try {
      stopRunning();
    } catch (DeploymentException e) {
      throw new LifecycleException("Payara Micro did not stop", e);
    }
    super.stop();
  }

  private void stopRunning() throws DeploymentException {
    if (running != null) {
      super.undeploy(running);
      running = null;
      runningMetaData = null;
    }
  }

  /** Puts this container in the place of the one the Payara Micro connector registers. */
  public static final class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.override(
          DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }
  }
}
