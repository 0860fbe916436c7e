package uk.staffcareers.platform;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import uk.staffcareers.UnknownStaffMemberException;

/**
 * Gives each case the tenant of the school of the member of staff it is about, so that a school's
 * cases are invisible to other schools. Definitions are shared by all schools. A case about an
 * unknown member of staff is refused (404), and so, in the same words, is one started by someone outside that school.
 */
@Component
class CaseTenantProvider implements TenantIdProvider {

    private final StaffLookup directory;

    CaseTenantProvider(StaffLookup directory) {
        this.directory = directory;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object given = ctx.getVariables().get(CaseVariables.STAFF_ID.name());
        // A start form left empty means "me" (an HLTA candidacy): the case is the starter's own school's.
        Object staffId = given != null && given.toString().isBlank()
                ? starter().flatMap(directory::findByUsername).map(Person::id).orElse(null) : given;
        if (staffId == null) {
            return null;
        }
        // Someone of another school is answered as someone unknown: a refusal never names another school's staff.
        Person staff = directory.find(staffId.toString()).filter(CaseTenantProvider::starterMayActFor)
                .orElseThrow(() -> new UnknownStaffMemberException(staffId.toString()));
        // Trust-wide staff (the CEO, HR) have no school: their cases are their trust's, out of every headteacher's sight.
        return staff.schoolId() != null ? staff.schoolId() : staff.trustId();
    }

    private static java.util.Optional<String> starter() {
        return java.util.Optional.ofNullable(Context.getCommandContext().getAuthentication()).map(Authentication::getUserId);
    }

    private static boolean starterMayActFor(Person staff) {
        Authentication starter = Context.getCommandContext().getAuthentication();
        return starter == null || staff.schoolId() == null
                || Context.getCommandContext().getAuthorizationManager().isCamundaAdmin(starter)
                || (starter.getTenantIds() != null && starter.getTenantIds().contains(staff.schoolId()));
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
