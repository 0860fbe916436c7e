package uk.staffcareers.platform;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.StaffGroups;
import uk.staffcareers.staff.IdentitySync;

/** At start-up: demo data (demo profile), Camunda identities from the directory, access rules, models. */
@Component
class Startup implements ApplicationRunner {

    private final DemoTrust demoTrust;
    private final IdentitySync identitySync;
    private final AccessRules accessRules;
    private final ModelDeployer modelDeployer;
    private final StartupLock startupLock;

    Startup(DemoTrust demoTrust, IdentitySync identitySync, AccessRules accessRules, ModelDeployer modelDeployer,
            StartupLock startupLock) {
        this.demoTrust = demoTrust;
        this.identitySync = identitySync;
        this.accessRules = accessRules;
        this.modelDeployer = modelDeployer;
        this.startupLock = startupLock;
    }

    /** One node at a time (StartupLock, taken before the engine's schema check), so nodes started together don't collide. */
    @Override
    public void run(ApplicationArguments args) {
        try {
            demoTrust.loadIfEnabled();
            identitySync.syncAll();
            if (demoTrust.enabled()) {
                // The demo's regional provider of HLTA assessment, which reports through /api/hlta.
                identitySync.ensureExternalAccount("prime.consortium", "Prime", "Consortium", StaffGroups.HLTA_PROVIDERS);
            }
            accessRules.apply();
            modelDeployer.deployAll();
        } finally {
            startupLock.release();
        }
    }
}
