package uk.staffcareers.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.staffcareers.appraisal.AppraisalPeriod;

/**
 * The launch people wait for (issue 19, item 3): the trust's whole launch as HR makes it (the request answers at once;
 * the cases start in the background) timed until every case has started, against the floor starting as many bare
 * cases on as many threads, alternating floor, application, floor, application, floor, application, floor in the same
 * JVM and database. The application launches three years (last year, with the engine's clock a year back, as a trust
 * does in its first September with us; this year; next year); each launch is set against the mean of the floor runs
 * either side of it, and the headline ratio is the median of the three, with their spread. Its own database. Run with
 * {@code ./mvnw -Pbench verify -Dbench.main=uk.staffcareers.bench.LaunchBenchmark [-Dbench.db=postgres] [-Dbench.staff=5000]}.
 */
public final class LaunchBenchmark {

    private LaunchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchDatabase database = new BenchDatabase(settings, "staffcareers_launch_bench", "h2-launch");
        database.recreate();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe());
        try (RunningApp app = RunningApp.start(database)) {
            int staff = BenchTrust.create(app, settings.schools()).size();
            Floor floor = new Floor(app);
            floor.start(500); // warm-up
            AppraisalPeriod thisYear = AppraisalPeriod.containing(LocalDate.now());
            List<Double> floorRates = new ArrayList<>();
            List<Double> appRates = new ArrayList<>();
            List<Double> appSeconds = new ArrayList<>();
            floorRates.add(floorRate(floor, staff));
            for (int yearsAhead = -1; yearsAhead <= 1; yearsAhead++) {
                AppraisalPeriod period = AppraisalPeriod.containing(thisYear.start().plusYears(yearsAhead));
                // Statistics as autovacuum keeps them on a production server (this machine's runs without): taken once on
                // empty tables, they made PostgreSQL plan for empty tables while each launch filled them (135 s, not 35).
                app.analyze();
                long t0 = System.nanoTime();
                int started = (Integer) (yearsAhead < 0 ? BenchLaunch.trustLastYear(app, period.label())
                        : BenchLaunch.trust(app, period.label())).get("started");
                double seconds = (System.nanoTime() - t0) / 1e9;
                appSeconds.add(Latencies.round(seconds));
                appRates.add(Latencies.round(started / seconds));
                floorRates.add(floorRate(floor, staff));
                System.out.println("[bench] launch " + period.label() + ": " + started + " cases in " + Latencies.round(seconds) + " s");
            }
            List<Double> ratios = Benchmark.toFloorEitherSide(appRates, floorRates);
            results.put("staff", staff);
            results.put("appSeconds", appSeconds);
            results.put("appCasesPerSecond", appRates);
            results.put("floorCasesPerSecond", floorRates);
            results.put("ratios", ratios);
            results.put("ratio", Benchmark.median(ratios));
            results.put("ratioSpread", Benchmark.spread(ratios));
            results.put("medianSeconds", Benchmark.median(appSeconds));
        }
        results.put("machineLoad", Machine.load());
        System.out.println("[bench] launch = " + results);
        System.exit(0);
    }

    private static double floorRate(Floor floor, int cases) {
        long t0 = System.nanoTime();
        floor.start(cases);
        return Latencies.round(cases / ((System.nanoTime() - t0) / 1e9));
    }
}
