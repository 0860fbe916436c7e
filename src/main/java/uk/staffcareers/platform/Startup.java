package uk.staffcareers.platform;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up: the application's own work (demo data, Camunda identities from the directory), then access rules, models. */
@Component
class Startup implements ApplicationRunner {

    private final List<StartupWork> work;
    private final AccessRules accessRules;
    private final ModelDeployer modelDeployer;
    private final StartupLock startupLock;

    Startup(List<StartupWork> work, AccessRules accessRules, ModelDeployer modelDeployer, StartupLock startupLock) {
        this.work = work;
        this.accessRules = accessRules;
        this.modelDeployer = modelDeployer;
        this.startupLock = startupLock;
    }

    /** One node at a time (StartupLock, taken before the engine's schema check), so nodes started together don't collide. */
    @Override
    public void run(ApplicationArguments args) {
        try {
            work.forEach(StartupWork::run);
            accessRules.apply();
            modelDeployer.deployAll();
        } finally {
            startupLock.release();
        }
    }
}
