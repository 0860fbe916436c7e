package uk.staffcareers.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The run's latency against offered load, application beside floor, as a picture (README "Benchmark → Results"). */
public final class LoadChart {

    private LoadChart() {
    }

    /** Draws the chart again from a run's results: {@code LoadChart target/bench/results.json out.png}. */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws IOException {
        write(new com.fasterxml.jackson.databind.ObjectMapper().readValue(Path.of(args[0]).toFile(), Map.class), Path.of(args[1]));
    }

    @SuppressWarnings("unchecked")
    static void write(Map<String, Object> results, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection lines = new XYSeriesCollection();
        for (String phase : new String[] {"openLoadCompletions", "openLoadMyTasks"}) {
            Map<String, Object> figures = (Map<String, Object>) results.get(phase);
            if (figures == null) {
                continue;
            }
            String what = phase.equals("openLoadCompletions") ? "task completion" : "My tasks";
            for (String side : new String[] {"app", "floor"}) {
                XYSeries p95 = new XYSeries((side.equals("app") ? "application, " : "floor, ") + what + ", p95");
                for (double share : OpenLoadPhase.SHARES) {
                    Map<String, Object> point = (Map<String, Object>) figures.get(side + Math.round(share * 100) + "%");
                    p95.add(share * 100, ((Number) point.get("p95Ms")).doubleValue());
                }
                lines.addSeries(p95);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Latency against offered load (" + results.get("database") + ")",
                "requests arriving, % of the floor's capacity", "p95, ms", lines, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        // Logarithmic: a side that queues (seconds) and one that does not (milliseconds) both stay readable.
        plot.setRangeAxis(new LogarithmicAxis("p95, ms (logarithmic)"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color[] colours = {new Color(0xC0392B), new Color(0x2471A3), new Color(0xE67E22), new Color(0x17A589)};
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colours[i % colours.length]);
        }
        plot.setRenderer(renderer);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 540);
        System.out.println("Chart written to " + png.toAbsolutePath());
    }
}
