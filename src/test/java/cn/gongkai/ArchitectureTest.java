package cn.gongkai;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages are the pipeline's stages (see README, Package layout): each may use only the stages
 * listed before it, so there is no cycle and a newcomer reads the pipeline in the folder list.
 */
class ArchitectureTest {
  /** Every package under cn.gongkai, earliest stage first. */
  static final List<String> STAGES =
      List.of(
          "diag", "yaml", "markdown", "config", "meta", "report", "items", "content", "cache", "plan", "check", "assets", "render",
          "publish", "scaffold", "importer", "audit", "edit", "build", "serve", "cli");

  static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.gongkai");

  @Test
  void noPackageCycles() {
    slices().matching("cn.gongkai.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void eachStageUsesOnlyEarlierStages() {
    EvaluationResult result = layers().evaluate(MAIN);
    assertFalse(result.hasViolation(), result.getFailureReport().toString());
  }

  @Test
  void everyPackageIsAStage() {
    MAIN.stream()
        .map(c -> c.getPackageName().substring("cn.gongkai.".length()).split("\\.")[0])
        .distinct()
        .forEach(p -> assertFalse(!STAGES.contains(p), "package cn.gongkai." + p + " is not in STAGES: add it where it belongs in the pipeline"));
  }

  static com.tngtech.archunit.library.Architectures.LayeredArchitecture layers() {
    var layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String stage : STAGES) {
      layers = layers.layer(stage).definedBy("cn.gongkai." + stage + "..");
    }
    for (int i = 0; i < STAGES.size(); i++) {
      String[] later = STAGES.subList(i + 1, STAGES.size()).toArray(String[]::new);
      if (later.length > 0) {
        layers = layers.whereLayer(STAGES.get(i)).mayOnlyBeAccessedByLayers(later);
      }
    }
    return layers;
  }
}
