package no.varcat.web.chart;

import java.util.List;

/**
 * A line chart of yearly shares (0..1) laid out in SVG user units, ready for the
 * {@code fragments/chart} template: the server draws it, so it works without JavaScript.
 */
public record TimeSeriesChart(int width, int height, Plot plot, List<Series> series, List<Tick> xTicks,
        List<Tick> yTicks, List<Band> bands) {

    /** The drawing area inside the axes. */
    public record Plot(double left, double top, double right, double bottom) {
    }

    /** One line: {@code points} is the SVG polyline attribute; markers carry their own tooltip. */
    public record Series(String name, String cssClass, String points, List<Marker> markers) {
    }

    public record Marker(double x, double y, String title) {
    }

    public record Tick(double position, String label) {
    }

    /** A horizontal band such as a target level's "high achievement" zone. */
    public record Band(double y, double height, String cssClass, String label) {
    }
}
