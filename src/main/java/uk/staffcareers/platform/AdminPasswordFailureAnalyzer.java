package uk.staffcareers.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one line why the application did not start, and what to set, instead of a stack trace. */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
        return new FailureAnalysis(cause.getMessage(), "Set STAFFCAREERS_ADMIN_PASSWORD to a password of at least "
                + AdminPasswordCheck.SHORTEST + " characters.", cause);
    }
}
