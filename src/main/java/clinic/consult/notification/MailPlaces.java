package clinic.consult.notification;

import clinic.consult.contact.PhoneNumber;
import clinic.consult.location.LocationView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A location as an email shows it: the known lines of its address, its phone (the group's where the location's is
 * not known yet) and a map link only where the street is known.
 */
final class MailPlaces {

    private MailPlaces() {}

    static MailModel.Place of(LocationView location, String groupPhone) {
        var lines = new ArrayList<String>();
        var address = location.address();
        addIfKnown(lines, address.line1());
        addIfKnown(lines, address.line2());
        var cityLine = String.join(
                        " ",
                        List.of(
                                address.city() == null ? "" : address.city() + ",",
                                address.state() == null ? "" : address.state(),
                                address.postalCode() == null ? "" : address.postalCode()))
                .replaceAll("\\s+", " ")
                .strip();
        addIfKnown(lines, cityLine.endsWith(",") ? cityLine.substring(0, cityLine.length() - 1) : cityLine);
        String mapUrl = null;
        if (address.line1() != null) {
            mapUrl = "https://www.google.com/maps/search/?api=1&query="
                    + URLEncoder.encode(String.join(", ", lines), StandardCharsets.UTF_8);
        }
        var phone = location.phone() != null ? location.phone() : groupPhone;
        return new MailModel.Place(
                location.name(),
                List.copyOf(lines),
                phone == null ? null : PhoneNumber.forDisplay(phone),
                phone == null ? null : "tel:" + phone,
                mapUrl);
    }

    private static void addIfKnown(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }
}
