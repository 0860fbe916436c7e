package uk.staffcareers.onboarding;

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
        public static final String STAFF_ID = "staffId";
        public static final String STAFF_USERNAME = "staffUsername";
        public static final String STAFF_NAME = "staffName";
        public static final String STAFF_SUMMARY = "staffSummary";
        public static final String RECORD_KEEPER = "recordKeeper";
        public static final String CONFIRM_BY = "confirmBy";
        public static final String DETAILS_CHECK = "detailsCheck";
        public static final String CORRECTIONS_NEEDED = "correctionsNeeded";
        public static final String CORRECTION_ID = "correctionId";
        public static final String CORRECTION_MADE = "correctionMade";

        /** detailsCheck value meaning the record is right. */
        public static final String CORRECT = "correct";

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
