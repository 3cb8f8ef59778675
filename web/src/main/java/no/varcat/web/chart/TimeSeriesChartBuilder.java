package no.varcat.web.chart;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/** Lays out yearly shares on a fixed-size canvas: years along x, 0–100 % up y. */
public final class TimeSeriesChartBuilder {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final TimeSeriesChart.Plot PLOT = new TimeSeriesChart.Plot(48, 12, WIDTH - 16, HEIGHT - 32);

    private final int firstYear;
    private final int lastYear;
    private final NumberFormat percent;
    private final List<TimeSeriesChart.Series> series = new ArrayList<>();
    private final List<TimeSeriesChart.Band> bands = new ArrayList<>();

    public TimeSeriesChartBuilder(int firstYear, int lastYear, Locale locale) {
        this.firstYear = firstYear;
        this.lastYear = Math.max(lastYear, firstYear + 1);
        this.percent = Percent.format(locale);
    }

    /** A line through the values by year; {@code cssClass} picks its colour and dash in varcat.css. */
    public TimeSeriesChartBuilder series(String name, String cssClass, SortedMap<Integer, BigDecimal> valuesByYear) {
        StringBuilder points = new StringBuilder();
        List<TimeSeriesChart.Marker> markers = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> e : valuesByYear.entrySet()) {
            double x = x(e.getKey());
            double y = y(e.getValue().doubleValue());
            points.append(format(x)).append(',').append(format(y)).append(' ');
            markers.add(new TimeSeriesChart.Marker(x, y, name + " " + e.getKey() + ": " + percent.format(e.getValue())));
        }
        series.add(new TimeSeriesChart.Series(name, cssClass, points.toString().strip(), markers));
        return this;
    }

    /** Shades the shares between {@code from} and {@code to} (0..1). */
    public TimeSeriesChartBuilder band(BigDecimal from, BigDecimal to, String cssClass, String label) {
        double top = y(Math.max(from.doubleValue(), to.doubleValue()));
        double bottom = y(Math.min(from.doubleValue(), to.doubleValue()));
        bands.add(new TimeSeriesChart.Band(top, bottom - top, cssClass, label));
        return this;
    }

    public TimeSeriesChart build() {
        List<TimeSeriesChart.Tick> xTicks = new ArrayList<>();
        int step = lastYear - firstYear > 12 ? 5 : lastYear - firstYear > 6 ? 2 : 1;
        for (int year = firstYear; year <= lastYear; year += step) {
            xTicks.add(new TimeSeriesChart.Tick(x(year), Integer.toString(year)));
        }
        List<TimeSeriesChart.Tick> yTicks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            yTicks.add(new TimeSeriesChart.Tick(y(p / 100.0), p + " %"));
        }
        return new TimeSeriesChart(WIDTH, HEIGHT, PLOT, List.copyOf(series), xTicks, yTicks, List.copyOf(bands));
    }

    private double x(int year) {
        return PLOT.left() + (PLOT.right() - PLOT.left()) * (year - firstYear) / (lastYear - firstYear);
    }

    private double y(double share) {
        double clamped = Math.max(0, Math.min(1, share));
        return PLOT.bottom() - (PLOT.bottom() - PLOT.top()) * clamped;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
