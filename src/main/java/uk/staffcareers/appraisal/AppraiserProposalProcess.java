package uk.staffcareers.appraisal;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.staff.LineManagerChanged;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.platform.ProcessVariable;
import uk.staffcareers.platform.VariableValues;

/**
 * processes/appraiser-change-proposal.bpmn: its key, element ids and variables; and what a line-manager change does to
 * the employee's running appraisals (README "Line-manager changes"): an open proposal it replaces ends; before anyone chose
 * the appraiser, the choice proposes the new line manager; after, the headteacher is asked when AppraiserProposals says
 * so. Cases are started by the application only, in the employee's school, under the appraisal's business key.
 */
@Component
class AppraiserProposalProcess {

    static final String KEY = "appraiser-change-proposal";
    static final String CONFIRM_NEW_APPRAISER = "Task_ConfirmNewAppraiser";
    static final String CHANGE_APPRAISER = "Task_ChangeAppraiser";
    static final String KEEP_APPRAISER = "Task_KeepAppraiser";
    static final String END_CHANGED = "EndEvent_AppraiserChanged";
    static final String END_KEPT = "EndEvent_AppraiserKept";
    static final String END_OUTDATED = "EndEvent_ProposalOutdated";
    /** The BPMN error the change throws when the proposal no longer applies (Event_ProposalOutdated). */
    static final String ERROR_OUTDATED = "ProposalOutdated";

    /** Variables: who is asked, about whom, and the form's answer (field keys). */
    static final class Vars {
        static final ProcessVariable<String> STAFF_ID = ProcessVariable.text("staffId");
        static final ProcessVariable<Long> PROPOSAL_ID = ProcessVariable.id("proposalId");
        static final ProcessVariable<String> HEADTEACHER = ProcessVariable.text("headteacher");
        static final ProcessVariable<String> NEW_APPRAISER_NAME = ProcessVariable.text("newAppraiserName");
        static final ProcessVariable<String> CURRENT_APPRAISER_NAME = ProcessVariable.text("currentAppraiserName");
        static final ProcessVariable<String> LINE_MANAGER_BEFORE = ProcessVariable.text("lineManagerBefore");
        static final ProcessVariable<String> PERIOD_LABEL = ProcessVariable.text("periodLabel");
        /** The headteacher's answer: YES or NO. */
        static final ProcessVariable<String> MAKE_APPRAISER = ProcessVariable.text("makeAppraiser");
        static final ProcessVariable<String> KEEP_REASON = ProcessVariable.text("keepReason");

        private Vars() {
        }
    }

    private final AppraiserProposals proposals;
    private final AppraisalMovers choices;
    private final StaffDirectory directory;
    private final RuntimeService runtime;
    private final IdentityService identity;

    AppraiserProposalProcess(AppraiserProposals proposals, AppraisalMovers choices, StaffDirectory directory, RuntimeService runtime,
            IdentityService identity) {
        this.proposals = proposals;
        this.choices = choices;
        this.directory = directory;
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    @Order(200) // after a mover's cases have moved (StaffMoved comes first, MoverCasesProcess at 100)
    void lineManagerChanged(LineManagerChanged changed) {
        StaffMember staff = changed.staff();
        if (Appraisals.appraisedByTrust(staff) || directory.hasLeft(staff.id())) {
            return;
        }
        for (AppraisalCases.Case appraisal : proposals.openAppraisals(staff)) {
            List<Long> replaced = proposals.withdrawOpen(appraisal, "The line manager changed again");
            replaced.forEach(id -> end(id, "The line manager changed again: this proposal no longer applies"));
            if (appraisal.appraiser() == null) {
                choices.renewChoice(appraisal.businessKey(), staff);
            } else {
                proposals.consider(appraisal, changed, !replaced.isEmpty()).ifPresent(this::start);
            }
        }
    }

    private void start(AppraiserProposals.Proposal proposal) {
        AsApplication.run(identity, () -> runtime.createProcessInstanceByKey(KEY).businessKey(proposal.businessKey())
                .setVariables(VariableValues.of().with(Vars.STAFF_ID, proposal.staff().id()).with(Vars.PROPOSAL_ID, proposal.id())
                        .with(CaseLabels.STAFF_NAME, proposal.staff().fullName())
                        .with(CaseLabels.SCHOOL_NAME, directory.schoolNameOf(proposal.staff()))
                        .with(Vars.HEADTEACHER, proposal.headteacher().username())
                        .with(Vars.NEW_APPRAISER_NAME, proposal.proposed().fullName())
                        .with(Vars.CURRENT_APPRAISER_NAME, proposal.currentAppraiserName())
                        .with(Vars.LINE_MANAGER_BEFORE, proposal.lineManagerBefore()).with(Vars.PERIOD_LABEL, proposal.periodLabel()).asMap())
                .execute());
    }

    private void end(long proposalId, String reason) {
        AsApplication.run(identity, () -> {
            runtime.createProcessInstanceQuery().processDefinitionKey(KEY).variableValueEquals(Vars.PROPOSAL_ID.name(), proposalId).list()
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), reason));
            return proposalId;
        });
    }

    static long proposalId(VariableScope scope) {
        return Vars.PROPOSAL_ID.required(scope);
    }
}
