package chat.client;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The app uses the server only through its embedding API, in its code and its tests alike, and its
 * packages form no loop. Tests share their packages with the code they test, so the loop rule looks
 * at the app's code alone. {@code ArchitectureRulesTest} shows both rules fail on code that breaks
 * them; the classes it uses for that, under {@code chat.client.archfixture}, are left out here.
 */
class ArchitectureTest {

  /**
   * Of the project, the app sees the wire contract and {@code chat.server.embed}, nothing else of
   * the server, so that the server's insides can change without breaking the app.
   */
  static final ArchRule usesTheServerOnlyThroughItsEmbeddingApi =
      noClasses()
          .that()
          .resideInAPackage("chat.client..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("chat..")
                  .and(
                      not(
                          resideInAnyPackage(
                              "chat.protocol..", "chat.client..", "chat.server.embed.."))));

  /** Every package is a slice of its own, sub-packages too, so no two lean on each other. */
  static final ArchRule noPackageCycles = slices().matching("chat.(**)").should().beFreeOfCycles();

  private static final ImportOption NOT_THE_FIXTURES =
      location -> !location.contains("/chat/client/archfixture/");

  @Test
  void theAppAndItsTestsUseTheServerOnlyThroughItsEmbeddingApi() {
    JavaClasses appAndTests =
        new ClassFileImporter().withImportOption(NOT_THE_FIXTURES).importPackages("chat.client");
    usesTheServerOnlyThroughItsEmbeddingApi.check(appAndTests);
  }

  @Test
  void theAppsPackagesFormNoLoop() {
    JavaClasses app =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("chat.client");
    noPackageCycles.check(app);
  }
}
