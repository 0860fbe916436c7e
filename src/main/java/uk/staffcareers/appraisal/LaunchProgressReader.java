package uk.staffcareers.appraisal;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.staff.StaffDirectory;

/** Who may follow a launch: the person who launched it and the trust's central team; to anyone else it does not exist. */
@Component
class LaunchProgressReader {

    private static final int RECENT = 20;

    private final LaunchStore store;
    private final LaunchRunner runner;
    private final StaffDirectory directory;

    LaunchProgressReader(LaunchStore store, LaunchRunner runner, StaffDirectory directory) {
        this.store = store;
        this.runner = runner;
        this.directory = directory;
    }

    LaunchProgress one(String id, String viewer) {
        return store.find(id).filter(launch -> mayFollow(launch, viewer))
                .map(launch -> store.progress(launch, runner.launcherName(launch)))
                .orElseThrow(() -> CaseStateException.unknown("No launch '" + id + "'"));
    }

    List<LaunchProgress> recent(String viewer) {
        return directory.findByUsername(viewer).map(me -> store.recent(me.trustId(), me.role().centralTeam() ? null : viewer, RECENT)
                .stream().map(launch -> store.progress(launch, runner.launcherName(launch))).toList()).orElse(List.of());
    }

    private boolean mayFollow(LaunchStore.Launch launch, String viewer) {
        return launch.launchedBy().equals(viewer) || directory.findByUsername(viewer)
                .filter(me -> me.role().centralTeam() && me.trustId().equals(launch.trustId())).isPresent();
    }
}
