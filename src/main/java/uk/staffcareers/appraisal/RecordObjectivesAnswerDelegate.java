package uk.staffcareers.appraisal;

import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SharedBeanOfOlderVersions;

/**
 * recordObjectivesAnswerDelegate, for cases started on appraisal-cycle before version 1.2.0, where it served two
 * steps; each has its own delegate now. Remove it when no case runs on such a version.
 */
@Component
class RecordObjectivesAnswerDelegate extends SharedBeanOfOlderVersions {

    RecordObjectivesAnswerDelegate(RecordAgreementDelegate agreement, RecordRevisedAnswerDelegate revisedAnswer) {
        super(Map.of("Task_RecordAgreement", agreement, "Task_RecordRevisedAnswer", revisedAnswer));
    }
}
