package uk.staffcareers;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The modules' rules, in the style of ddd-by-examples/library's ModularArchitectureTest: business code knows nothing
 * of Camunda; the platform is the base and knows no feature; features use each other only as {@link #ALLOWED} lists;
 * no cycles between packages.
 */
class ArchitectureTest {

    private static final String ROOT = "uk.staffcareers";
    private static final String PLATFORM = "platform";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** A feature's use of another: the whole package (a shared service such as the directory), or only the named classes. */
    private record Allowed(String from, String to, String reason, Set<String> only) {
    }

    private static Allowed uses(String from, String to, String reason, String... only) {
        return new Allowed(from, to, reason, Set.of(only));
    }

    /**
     * Every dependency of one feature on another, and why. The shared services first (the directory, the trust's policy,
     * documents, notifications), then the few features that meet through a named event or service. A new dependency
     * goes through an event or the platform, or is added here with its reason.
     */
    private static final List<Allowed> ALLOWED = List.of(
            uses("appraisal", "staff", "reads the directory: whom a case is about, their school, line manager and role"),
            uses("appraisal", "policy", "the trust's appraisal dates, deadlines and working days"),
            uses("appraisal", "documents", "writes the appraisal report and says who may read it"),
            uses("appraisal", "notifications", "tells people what happened in their case"),
            uses("appraisal", "standards", "the career stage's expectations in a review",
                    "CareerStageExpectations", "CareerStageExpectations.StageExpectations"),
            uses("appraisal", "capability", "hears that a concern has concluded, answers who appraises whom, and starts a "
                    + "concern raised in the appraisal", "Concerns.ConcernConcluded", "Appraisers", "PerformanceConcernProcess"),
            uses("appraisal", "development", "carries development needs forward into a development plan",
                    "DevelopmentPlanProcess", "Trigger"),
            uses("appraisal", "movers", "hears that an appraisal moved with its employee, to name the successors on its record",
                    "CaseMoved"),
            uses("capability", "staff", "reads the directory: the employee, their line manager and headteacher"),
            uses("capability", "policy", "the trust's review periods and working days"),
            uses("capability", "documents", "writes the capability letters and says who may read them"),
            uses("capability", "notifications", "tells people what happened in their case"),
            uses("capability", "movers", "hears that a concern moved with its employee, to name the new reviewer", "CaseMoved"),
            uses("development", "staff", "reads the directory: the employee, their qualifications and career stage"),
            uses("development", "policy", "the trust's deadlines and working days"),
            uses("development", "notifications", "reminds people of a plan's end date"),
            uses("directory", "staff", "an import writes the directory and its accounts"),
            uses("documents", "staff", "who may read a document: roles and schools from the directory"),
            uses("hlta", "staff", "reads the directory: the candidate, their school and headteacher"),
            uses("hlta", "policy", "the trust's visit window, deadlines and working days"),
            uses("hlta", "documents", "writes the HLTA award"),
            uses("hlta", "notifications", "tells people what happened in their candidacy"),
            uses("hlta", "standards", "the HLTA standards a candidate is assessed against", "HltaStandard", "HltaStandards"),
            uses("hlta", "development", "a candidate's career profile, and a development plan when they are not yet ready",
                    "CareerProfile", "DevelopmentPlanProcess", "Trigger"),
            uses("leavers", "staff", "the directory's leavers and their successors"),
            uses("leavers", "policy", "working days of a handed-over task"),
            uses("mail", "staff", "whom to mail: the directory's people and schools"),
            uses("mail", "policy", "when reminders and digests go: working days"),
            uses("movers", "staff", "hears that someone moved school (StaffMoved) and finds the new school's people"),
            uses("movers", "policy", "the day of the move, in words, on a handed-over task"),
            uses("movers", "notifications", "tells the mover and the new holders of their cases"),
            uses("notifications", "mail", "an alert is also mailed, as its kind allows", "AlertMails", "MailKind"),
            uses("onboarding", "staff", "the staff record being confirmed"),
            uses("onboarding", "policy", "the trust's deadline and working days"),
            uses("overview", "staff", "whose overview it is: their role and schools"),
            uses("overview", "policy", "the trust's appraisal dates and working days"),
            uses("overview", "appraisal", "an appraisal year's periods and dates", "AppraisalPeriod", "AppraisalDates"),
            uses("policy", "staff", "whose trust a policy is, and who may change it"),
            uses("retention", "staff", "the trust of a case, and who may see the retention report"),
            uses("retention", "policy", "the trust's retention periods"),
            uses("retention", "capability", "the capability cases a concern led to, removed with it; a concern's business key",
                    "CapabilityCases", "PerformanceConcernProcess"),
            uses("retention", "appraisal", "an appraisal's business key, to remove its case from the engine", "AppraisalPeriod"),
            uses("retention", "development", "a development plan's business key, to remove its case from the engine",
                    "DevelopmentPlanProcess"),
            uses("standards", "staff", "expectations per career stage", "CareerStage"),
            uses("subjectaccess", "staff", "the subject of a request and who may make it"),
            uses("subjectaccess", "policy", "working days in the export's readme"),
            uses("subjectaccess", "documents", "the documents issued to the subject", "Documents", "IssuedDocument"));

    @Test
    void businessCodeDoesNotDependOnTheEngine() {
        noClasses().that().resideOutsideOfPackage("uk.staffcareers.platform..")
                .and().haveSimpleNameNotEndingWith("Delegate")
                .and().haveSimpleNameNotEndingWith("Sync")
                .and().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Process")
                // A form's values are worked out from its case's variables (platform/FormValues), as a delegate's work is.
                .and().haveSimpleNameNotEndingWith("FormValues")
                // A process's typed variables live in its nested Vars class; a form's options are an engine value.
                .and().haveNameNotMatching(".*Process\\$\\w*Vars")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("services and records must be testable and understandable without the process engine")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("uk.staffcareers.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("uk.staffcareers.platform..")
                .should().dependOnClassesThat(resideInAPackage("uk.staffcareers.*..")
                        .and(not(resideInAPackage("uk.staffcareers.platform.."))))
                .because("the platform is the base every feature builds on: a feature gives it what it needs as a bean of a "
                        + "platform interface (ProcessStarters, StaffLookup, DefaultDueDates, TaskAssignments, StartupWork)")
                .check(CLASSES);
    }

    @Test
    void featuresUseEachOtherOnlyAsListed() {
        classes().that().resideInAPackage("uk.staffcareers.*..")
                .and().resideOutsideOfPackage("uk.staffcareers.platform..")
                .should(useOtherFeaturesOnlyAsListed())
                .check(CLASSES);
    }

    /** The list says what is: a dependency that has gone is taken off it. */
    @Test
    void everyListedDependencyIsStillUsed() {
        Set<String> used = CLASSES.stream().filter(c -> feature(c) != null)
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .filter(d -> isOtherFeature(d))
                .map(d -> feature(d.getOriginClass()) + " -> " + feature(target(d)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ALLOWED.stream().map(a -> a.from() + " -> " + a.to()).filter(listed -> !used.contains(listed)))
                .as("listed in ArchitectureTest.ALLOWED but used no more: take them off").isEmpty();
    }

    /**
     * The root package holds the refusals every package throws and the application's wiring (the application, its
     * start-up work), which uses features: the refusals use no package of ours, and no package uses the wiring, so there
     * is no cycle through the root either (the slices above do not see it).
     */
    @Test
    void theRootsRefusalsAndWiringMakeNoCycle() {
        noClasses().that().resideInAPackage(ROOT).and().areAssignableTo(RuntimeException.class)
                .should().dependOnClassesThat().resideInAPackage("uk.staffcareers.*..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("uk.staffcareers.*..")
                .should().dependOnClassesThat(resideInAPackage(ROOT).and(not(assignableTo(RuntimeException.class))))
                .because("the application's wiring (StaffCareersApplication, StartupData) uses the features, not the other way")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> useOtherFeaturesOnlyAsListed() {
        Map<String, Allowed> allowed = ALLOWED.stream().collect(Collectors.toMap(a -> a.from() + " -> " + a.to(), Function.identity()));
        return new ArchCondition<>("use other features only as ArchitectureTest.ALLOWED lists") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream().filter(ArchitectureTest::isOtherFeature).forEach(dependency -> {
                    JavaClass target = target(dependency);
                    Allowed rule = allowed.get(feature(item) + " -> " + feature(target));
                    String name = nameInPackage(target);
                    if (rule == null || !(rule.only().isEmpty() || rule.only().contains(name))) {
                        events.add(SimpleConditionEvent.violated(dependency, feature(item) + " -> " + feature(target) + " ("
                                + name + ") is not in ArchitectureTest.ALLOWED: go through an event or the platform, or list it "
                                + "with its reason: " + dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static boolean isOtherFeature(Dependency dependency) {
        String from = feature(dependency.getOriginClass());
        String to = feature(target(dependency));
        return from != null && to != null && !from.equals(to);
    }

    private static JavaClass target(Dependency dependency) {
        return dependency.getTargetClass().getBaseComponentType();
    }

    /** The feature a class belongs to (the first package below uk.staffcareers); null for the platform, the root and libraries. */
    private static String feature(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        String feature = Stream.of(pkg.substring(ROOT.length() + 1).split("\\.")).findFirst().orElseThrow();
        return feature.equals(PLATFORM) ? null : feature;
    }

    /** "Concerns.ConcernConcluded" for a nested class, "Appraisers" for a top-level one. */
    private static String nameInPackage(JavaClass javaClass) {
        return javaClass.getName().substring(javaClass.getPackageName().length() + 1).replace('$', '.');
    }
}
