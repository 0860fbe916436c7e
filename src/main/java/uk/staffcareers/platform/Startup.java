package uk.staffcareers.platform;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.DemoSchoolYear;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.StaffGroups;
import uk.staffcareers.staff.IdentitySync;

/** At start-up: demo data (demo profile, with its school year's closure days), Camunda identities from the directory, access rules, models. */
@Component
class Startup implements ApplicationRunner {

    private final DemoTrust demoTrust;
    private final IdentitySync identitySync;
    private final AccessRules accessRules;
    private final ModelDeployer modelDeployer;
    private final StartupLock startupLock;
    private final DemoSchoolYear demoSchoolYear;

    Startup(DemoTrust demoTrust, IdentitySync identitySync, AccessRules accessRules, ModelDeployer modelDeployer,
            StartupLock startupLock, DemoSchoolYear demoSchoolYear) {
        this.demoTrust = demoTrust;
        this.identitySync = identitySync;
        this.accessRules = accessRules;
        this.modelDeployer = modelDeployer;
        this.startupLock = startupLock;
        this.demoSchoolYear = demoSchoolYear;
    }

    /** One node at a time (StartupLock, taken before the engine's schema check), so nodes started together don't collide. */
    @Override
    public void run(ApplicationArguments args) {
        try {
            demoTrust.loadIfEnabled();
            identitySync.syncAll();
            if (demoTrust.enabled()) {
                demoSchoolYear.loadIfNone(DemoTrust.TRUST);
                // The demo's regional provider of HLTA assessment, which reports through /api/hlta.
                identitySync.ensureExternalAccount("prime.consortium", "Prime", "Consortium", StaffGroups.HLTA_PROVIDERS);
                // The demo's process analyst, who deploys changed models and migrates running cases (/api/models).
                identitySync.ensureExternalAccount("alex.reed", "Alex", "Reed", StaffGroups.ANALYSTS);
            }
            accessRules.apply();
            modelDeployer.deployAll();
        } finally {
            startupLock.release();
        }
    }
}
