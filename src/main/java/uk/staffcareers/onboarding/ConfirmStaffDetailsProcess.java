package uk.staffcareers.onboarding;

import uk.staffcareers.platform.ProcessVariable;
import java.util.Date;

/** processes/confirm-staff-details.bpmn: its key, element ids and variables. */
public final class ConfirmStaffDetailsProcess {

    public static final String KEY = "confirm-staff-details";

    public static final String START = "StartEvent_NewStarterRecorded";
    public static final String LOAD_RECORD = "Task_LookUpStaffRecord";
    public static final String CONFIRM_DETAILS = "Task_ConfirmDetails";
    public static final String DETAILS_CORRECT = "Gateway_DetailsCorrect";
    public static final String RECORD_CONFIRMATION = "Task_RecordConfirmation";
    public static final String RECORD_CORRECTION_REQUEST = "Task_RecordCorrectionRequest";
    public static final String CORRECT_RECORD = "Task_CorrectStaffRecord";
    public static final String RECORD_CORRECTION = "Task_RecordCorrection";
    public static final String END_CONFIRMED = "EndEvent_DetailsConfirmed";

    /** Variables: ids and what forms show or gateways read. */
    public static final class Vars {
        public static final ProcessVariable<String> STAFF_ID = ProcessVariable.text("staffId");
        public static final ProcessVariable<String> STAFF_USERNAME = ProcessVariable.text("staffUsername");
        public static final ProcessVariable<String> STAFF_NAME = ProcessVariable.text("staffName");
        public static final ProcessVariable<String> STAFF_SUMMARY = ProcessVariable.text("staffSummary");
        public static final ProcessVariable<String> RECORD_KEEPER = ProcessVariable.text("recordKeeper");
        public static final ProcessVariable<Date> CONFIRM_BY = ProcessVariable.dateTime("confirmBy");
        public static final ProcessVariable<String> DETAILS_CHECK = ProcessVariable.text("detailsCheck");
        public static final ProcessVariable<String> CORRECTIONS_NEEDED = ProcessVariable.string("correctionsNeeded");
        public static final ProcessVariable<Long> CORRECTION_ID = ProcessVariable.id("correctionId");
        public static final ProcessVariable<String> CORRECTION_MADE = ProcessVariable.string("correctionMade");

        /** detailsCheck value meaning the record is right. */
        public static final ProcessVariable<String> CORRECT = ProcessVariable.text("correct");

        private Vars() {
        }
    }

    /** A case's business key, by which Cockpit lists it: whose record is being confirmed. */
    public static String businessKey(String staffId) {
        return "CONFIRM-DETAILS-" + staffId;
    }

    private ConfirmStaffDetailsProcess() {
    }
}
