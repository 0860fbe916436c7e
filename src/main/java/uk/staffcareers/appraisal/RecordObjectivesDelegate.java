package uk.staffcareers.appraisal;

import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SharedBeanOfOlderVersions;

/**
 * recordObjectivesDelegate, for cases started on appraisal-cycle before version 1.2.0, where it served three steps;
 * each has its own delegate now. Remove it when no case runs on such a version.
 */
@Component
class RecordObjectivesDelegate extends SharedBeanOfOlderVersions {

    RecordObjectivesDelegate(RecordDraftObjectivesDelegate draft, RecordSettlementDelegate settlement,
            RecordRevisedObjectivesDelegate revision) {
        super(Map.of("Task_RecordObjectives", draft, "Task_RecordSettlement", settlement, "Task_RecordRevisedObjectives", revision));
    }
}
