package vn.antq.schedule;

import vn.antq.festival.FestivalDtos;
import vn.antq.shared.http.TextForm;

/** The schedule's map parameters as query parameter types: a point ({@code near}) and a box ({@code bbox}). */
public final class GeoParams {

    private GeoParams() {
    }

    /** {@code near=latitude,longitude} in degrees. */
    @TextForm("must be latitude,longitude in degrees, such as 18.34,105.90")
    public record Point(double latitude, double longitude) {

        public static Point fromText(String text) {
            String[] parts = text.split(",");
            try {
                if (parts.length == 2) {
                    double latitude = Double.parseDouble(parts[0].strip());
                    double longitude = Double.parseDouble(parts[1].strip());
                    if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                        return new Point(latitude, longitude);
                    }
                }
            } catch (NumberFormatException e) {
                // unreadable
            }
            return null;
        }
    }

    /** {@code bbox=west,south,east,north} in degrees (RFC 7946 order); west may exceed east (across the antimeridian). */
    @TextForm("must be four numbers west,south,east,north in degrees (longitude -180 to 180, "
            + "latitude -90 to 90, south not above north)")
    public record Bbox(FestivalDtos.Box box) {

        public static Bbox fromText(String text) {
            String[] parts = text.split(",", -1);
            if (parts.length == 4) {
                try {
                    double west = Double.parseDouble(parts[0].strip());
                    double south = Double.parseDouble(parts[1].strip());
                    double east = Double.parseDouble(parts[2].strip());
                    double north = Double.parseDouble(parts[3].strip());
                    if (Math.abs(west) <= 180 && Math.abs(east) <= 180 && Math.abs(south) <= 90 && Math.abs(north) <= 90
                            && south <= north) {
                        return new Bbox(new FestivalDtos.Box(west, south, east, north));
                    }
                } catch (NumberFormatException e) {
                    // unreadable
                }
            }
            return null;
        }
    }
}
