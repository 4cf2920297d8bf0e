package chat.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of ARCHITECTURE.md: transport (http, ws, and edge, what the two share) → services
 * (auth, chat) → the storage port → one adapter. Only the root package wires an adapter in, and the
 * certificate (tls) into the transports, which see only the JDK's {@code SSLContext}; only {@code
 * embed} wraps the root for programs that run the server inside them. {@code ArchitectureRulesTest}
 * shows these rules fail on code that breaks them.
 */
@AnalyzeClasses(packages = "chat.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layersOnlyLookDown =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Embedding")
          .definedBy("chat.server.embed..")
          .layer("Wiring")
          .definedBy("chat.server")
          .layer("Transport")
          .definedBy("chat.server.http..", "chat.server.ws..", "chat.server.edge..")
          .layer("Services")
          .definedBy("chat.server.auth..", "chat.server.chat..", "chat.server.ratelimit..")
          .layer("Port")
          .definedBy("chat.server.store")
          .layer("Adapters")
          .definedBy(
              "chat.server.store.embedded..",
              "chat.server.store.redis..",
              "chat.server.store.blob..")
          .layer("Discovery")
          .definedBy("chat.server.discovery..")
          .layer("Tls")
          .definedBy("chat.server.tls..")
          .layer("Shared")
          .definedBy(
              "chat.server.error..",
              "chat.server.id..",
              "chat.server.metrics..",
              "chat.server.net..",
              "chat.server.files..")
          .whereLayer("Embedding")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Wiring")
          .mayOnlyBeAccessedByLayers("Embedding")
          .whereLayer("Transport")
          .mayOnlyBeAccessedByLayers("Wiring")
          .whereLayer("Services")
          .mayOnlyBeAccessedByLayers("Wiring", "Transport")
          .whereLayer("Port")
          .mayOnlyBeAccessedByLayers("Wiring", "Transport", "Services", "Adapters")
          .whereLayer("Adapters")
          .mayOnlyBeAccessedByLayers("Wiring")
          .whereLayer("Discovery")
          .mayOnlyBeAccessedByLayers("Wiring", "Embedding")
          .whereLayer("Tls")
          .mayOnlyBeAccessedByLayers("Wiring");

  /**
   * Every package is a slice of its own, the root and sub-packages too ({@code store} and {@code
   * store.embedded} are two), so that no two packages lean on each other, directly or around a
   * loop.
   */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("chat.(**)").should().beFreeOfCycles();

  /**
   * An adapter is chosen, and given its settings, in one place: {@link ChatServer}. The
   * configuration holds plain values, and services see only the port.
   */
  @ArchTest
  static final ArchRule onlyTheServerOpensAnAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "chat.server.store.embedded..",
              "chat.server.store.redis..",
              "chat.server.store.blob..")
          .and()
          .doNotHaveFullyQualifiedName(ChatServer.class.getName())
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "chat.server.store.embedded..",
              "chat.server.store.redis..",
              "chat.server.store.blob..");

  /** Multicast happens in one place, which the tests check never touches the real interface. */
  @ArchTest
  static final ArchRule onlyDiscoveryUsesMdns =
      noClasses()
          .that()
          .resideOutsideOfPackage("chat.server.discovery..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javax.jmdns..");

  /** Transports see the bus's events and the store's failure, never a store itself. */
  @ArchTest
  static final ArchRule transportsNeverTouchAStore =
      noClasses()
          .that()
          .resideInAnyPackage("chat.server.http..", "chat.server.ws..", "chat.server.edge..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Store")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleName("Storage")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleName("EventBus");

  @ArchTest
  static final ArchRule adaptersKnowNothingAboveThePort =
      noClasses()
          .that()
          .resideInAPackage("chat.server.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "chat.server.http..", "chat.server.ws..", "chat.server.auth..", "chat.server.chat..");

  @ArchTest
  static final ArchRule servicesDoNotUseTheNetwork =
      noClasses()
          .that()
          .resideInAnyPackage("chat.server.auth..", "chat.server.chat..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.java_websocket..", "com.sun.net.httpserver..");
}
