package uk.staffcareers;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** The engine of the <Process>ProcessTest classes: in memory, mocked delegates, full flow-node and flow coverage required. */
public final class ProcessTests {

    private ProcessTests() {
    }

    public static ProcessEngineCoverageExtension engineWithFullCoverage() {
        return ProcessEngineCoverageExtension.builder().configurationResource("process-test.cfg.xml")
                .assertClassCoverageAtLeast(1.0).build();
    }
}
