package uk.staffcareers;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.StartupWork;
import uk.staffcareers.policy.DemoSchoolYear;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.StaffGroups;

/**
 * The application's start-up work, which the platform's Startup does before its access rules and models: demo data
 * (demo profile, with its school year's closure days) and Camunda identities from the directory. Here, in the
 * application's wiring, since the platform knows no feature.
 */
@Component
class StartupData implements StartupWork {

    private final DemoTrust demoTrust;
    private final IdentitySync identitySync;
    private final DemoSchoolYear demoSchoolYear;

    StartupData(DemoTrust demoTrust, IdentitySync identitySync, DemoSchoolYear demoSchoolYear) {
        this.demoTrust = demoTrust;
        this.identitySync = identitySync;
        this.demoSchoolYear = demoSchoolYear;
    }

    @Override
    public void run() {
        demoTrust.loadIfEnabled();
        identitySync.syncAll();
        if (demoTrust.enabled()) {
            demoSchoolYear.loadIfNone(DemoTrust.TRUST);
            // The demo's regional provider of HLTA assessment, which reports through /api/hlta.
            identitySync.ensureExternalAccount("prime.consortium", "Prime", "Consortium", StaffGroups.HLTA_PROVIDERS);
            // The demo's process analyst, who deploys changed models and migrates running cases (/api/models).
            identitySync.ensureExternalAccount("alex.reed", "Alex", "Reed", StaffGroups.ANALYSTS);
        }
    }
}
