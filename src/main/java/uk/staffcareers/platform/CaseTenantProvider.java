package uk.staffcareers.platform;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Gives each case the tenant of the school of the member of staff it is about, so that a school's
 * cases are invisible to other schools. Definitions are shared by all schools. A case about an
 * unknown member of staff is refused, and so is one started by someone outside that school.
 */
@Component
class CaseTenantProvider implements TenantIdProvider {

    private final StaffDirectory directory;

    CaseTenantProvider(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object staffId = ctx.getVariables().get(CaseVariables.STAFF_ID);
        if (staffId == null) {
            return null;
        }
        StaffMember staff = directory.find(staffId.toString())
                .orElseThrow(() -> new BadUserRequestException("No member of staff '" + staffId + "' in the staff directory"));
        requireStarterMayActFor(staff);
        return staff.schoolId();
    }

    private static void requireStarterMayActFor(StaffMember staff) {
        Authentication starter = Context.getCommandContext().getAuthentication();
        if (starter == null || staff.schoolId() == null
                || Context.getCommandContext().getAuthorizationManager().isCamundaAdmin(starter)) {
            return;
        }
        if (starter.getTenantIds() == null || !starter.getTenantIds().contains(staff.schoolId())) {
            throw new AuthorizationException("You cannot start a case for " + staff.fullName()
                    + ", who works at another school");
        }
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
}
