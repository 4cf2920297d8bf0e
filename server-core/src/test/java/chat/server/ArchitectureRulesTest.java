package chat.server;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} fail on code that breaks them: each gets test-only classes
 * under {@code chat.server.archfixture}, which the rules' own run never sees.
 */
class ArchitectureRulesTest {

  private static JavaClasses fixtures(String subPackage) {
    return new ClassFileImporter().importPackages("chat.server.archfixture." + subPackage);
  }

  @Test
  void packageCycleIsReported() {
    assertThatThrownBy(() -> ArchitectureTest.noPackageCycles.check(fixtures("cycle")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("archfixture.cycle.auth")
        .hasMessageContaining("archfixture.cycle.chat");
  }

  @Test
  void cycleBetweenAPackageAndItsSubPackageIsReported() {
    assertThatThrownBy(() -> ArchitectureTest.noPackageCycles.check(fixtures("nested")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
  }

  @Test
  void packagesWithoutALoopPass() {
    assertThatCode(() -> ArchitectureTest.noPackageCycles.check(fixtures("config")))
        .doesNotThrowAnyException();
  }

  @Test
  void adapterSettingsOutsideTheWiringAreReported() {
    assertThatThrownBy(() -> ArchitectureTest.onlyTheServerOpensAnAdapter.check(fixtures("config")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ConfigWithAdapterSettings")
        .hasMessageContaining("PresenceSettings");
  }
}
