package uk.staffcareers.appraisal;

import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SharedBeanOfOlderVersions;

/**
 * noAnswerGivenDelegate, for cases started on appraisal-cycle before version 1.2.0, where it served the five steps
 * after an employee's deadline; each has its own delegate now. Remove it when no case runs on such a version.
 */
@Component
class NoAnswerGivenDelegate extends SharedBeanOfOlderVersions {

    NoAnswerGivenDelegate(NoteNoAnswerToObjectivesDelegate objectives, NoteNoAnswerToRevisionDelegate revision,
            NoteNoInterimCommentsDelegate interimComments, NoteNoEvidenceDelegate evidence, NoteNoReportCommentsDelegate reportComments) {
        super(Map.of("Task_NoteNoAnswerToObjectives", objectives, "Task_NoteNoAnswerToRevision", revision,
                "Task_NoteNoInterimComments", interimComments, "Task_NoteNoEvidence", evidence,
                "Task_NoteNoReportComments", reportComments));
    }
}
