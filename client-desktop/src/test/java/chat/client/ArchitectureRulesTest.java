package chat.client;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.client.archfixture.UsesServerInternals;
import chat.client.archfixture.UsesTheEmbeddingApi;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} fail on code that breaks them, fed test-only classes under
 * {@code chat.client.archfixture} that the rules' own run leaves out.
 */
class ArchitectureRulesTest {

  @Test
  void clientImportOfServerInternalsIsReported() {
    assertThatThrownBy(
            () ->
                ArchitectureTest.usesTheServerOnlyThroughItsEmbeddingApi.check(
                    new ClassFileImporter().importClasses(UsesServerInternals.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("UsesServerInternals")
        .hasMessageContaining("chat.server.ChatServer");
  }

  @Test
  void packageCycleIsReported() {
    assertThatThrownBy(
            () ->
                ArchitectureTest.noPackageCycles.check(
                    new ClassFileImporter().importPackages("chat.client.archfixture.cycle")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("archfixture.cycle.view")
        .hasMessageContaining("archfixture.cycle.viewmodel");
  }

  @Test
  void clientUseOfTheEmbeddingApiAndTheProtocolPasses() {
    assertThatCode(
            () ->
                ArchitectureTest.usesTheServerOnlyThroughItsEmbeddingApi.check(
                    new ClassFileImporter().importClasses(UsesTheEmbeddingApi.class)))
        .doesNotThrowAnyException();
  }
}
