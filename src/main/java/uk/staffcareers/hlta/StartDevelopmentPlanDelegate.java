package uk.staffcareers.hlta;

import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SharedBeanOfOlderVersions;

/**
 * startDevelopmentPlanDelegate, for cases started on hlta-journey before version 1.3.0, where it served the three
 * plan steps; each has its own delegate now. Remove it when no case runs on such a version.
 */
@Component
class StartDevelopmentPlanDelegate extends SharedBeanOfOlderVersions {

    StartDevelopmentPlanDelegate(StartReadinessPlanDelegate readiness, StartDeploymentPlanDelegate deployment,
            StartReassessmentPlanDelegate reassessment) {
        super(Map.of("Task_StartReadinessPlan", readiness, "Task_StartDeploymentPlan", deployment,
                "Task_StartReassessmentPlan", reassessment));
    }
}
