package io.csiloop.application.automation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jira's scheduler as the settings see it: the jobs scheduled per scope, and the runs asked for. */
public final class FakeScheduler implements RunScheduler {

    public record Job(RunSchedule schedule, ZoneId zone) {
    }

    public final Map<RunScope, Job> jobs = new LinkedHashMap<>();
    public final List<RunScope> runsSoon = new ArrayList<>();

    @Override
    public Optional<String> refusal(RunSchedule schedule, ZoneId zone) {
        return schedule.cron() != null && schedule.cron().contains("L-9") ? Optional.of("day offset out of range")
                : Optional.empty();
    }

    @Override
    public void schedule(RunScope scope, RunSchedule schedule, ZoneId zone) {
        jobs.put(scope, new Job(schedule, zone));
    }

    @Override
    public void unschedule(RunScope scope) {
        jobs.remove(scope);
    }

    @Override
    public void runSoon(RunScope scope) {
        runsSoon.add(scope);
    }
}
