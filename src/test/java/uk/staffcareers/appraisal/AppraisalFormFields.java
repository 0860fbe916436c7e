package uk.staffcareers.appraisal;

import java.util.Arrays;

/** Fields the appraisal ITs submit, as names and values in a row (IntegrationTest.submit). */
final class AppraisalFormFields {

    private AppraisalFormFields() {
    }

    /** One objective with its success criteria and assessment, and no professional-development objective. */
    static Object[] objectives(String first) {
        return new Object[] {"objective1", first, "criteria1", "80% of the group pass the phonics check",
                "assessment1", "Phonics check results and one observation", "developmentObjective", "NONE"};
    }

    static Object[] append(Object[] a, Object... b) {
        Object[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
