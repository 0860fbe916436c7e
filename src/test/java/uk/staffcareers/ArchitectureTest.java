package uk.staffcareers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Business code knows nothing of Camunda: only the platform, delegates, process classes and adapters touch the engine. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.staffcareers");

    @Test
    void businessCodeDoesNotDependOnTheEngine() {
        noClasses().that().resideOutsideOfPackage("uk.staffcareers.platform..")
                .and().haveSimpleNameNotEndingWith("Delegate")
                .and().haveSimpleNameNotEndingWith("Sync")
                .and().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Process")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("services and records must be testable and understandable without the process engine")
                .check(classes);
    }
}
