package vn.antq.schedule;

import vn.antq.festival.FestivalDtos;
import vn.antq.festival.FestivalStatus;
import vn.antq.festival.VietnamTime;

import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import vn.antq.festival.FestivalDtos.FestivalSummary;
import vn.antq.festival.FestivalDtos.FestivalView;
import vn.antq.record.Versioned;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The festival schedule as an RFC 5545 calendar: one VEVENT per festival with a stable UID, SEQUENCE
 * raised on every change (the record's version), STATUS:CANCELLED for cancelled ones, times in
 * Asia/Ho_Chi_Minh (with its VTIMEZONE), and the festival's address in URL and again in DESCRIPTION.
 */
@ApplicationScoped
public class FestivalCalendar {

    private static final String PRODUCT = "-//ANTQ registry//Festival schedule//VI";
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public String render(List<FestivalSummary> festivals, Function<FestivalSummary, URI> link) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VTimeZone zone = zones.getTimeZone(VietnamTime.ZONE.getId()).getVTimeZone();
        calendar.add(zone);
        for (FestivalSummary festival : festivals) {
            calendar.add(event(festival, link.apply(festival)));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A single festival as a calendar event's source: the schedule item of its full representation. */
    public static FestivalSummary summaryOf(Versioned<FestivalView> festival) {
        FestivalView f = festival.body();
        return new FestivalSummary(f.id(), f.title(), f.startsAt(), f.endsAt(), f.status(), f.adminUnit(), f.localArea(),
                f.venue().name(), f.venue().latitude(), f.venue().longitude(), null, festival.version(), f.updatedAt(),
                f.kind(), f.activities().stream().map(FestivalDtos.Activity::kind).toList());
    }

    private VEvent event(FestivalSummary festival, URI link) {
        var start = VietnamTime.parse(festival.startsAt()).atZone(VietnamTime.ZONE);
        var end = VietnamTime.parse(festival.endsAt()).atZone(VietnamTime.ZONE);
        VEvent event = new VEvent(start, end, festival.title());
        event.add(new Uid(festival.id() + "@antq"));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, festival.version())));
        event.replace(new DtStamp(festival.updatedAt()));
        String place = festival.venueName()
                + (festival.localArea() == null ? "" : ", " + festival.localArea())
                + (festival.adminUnit() == null ? "" : ", " + festival.adminUnit().fullName());
        event.add(new Location(place));
        event.add(new Url(link));
        // The festival's kind, then the kinds of its parts (RFC 5545 CATEGORIES), for calendar applications to filter on.
        List<String> categories = new ArrayList<>();
        categories.add(festival.kind().name());
        festival.activities().forEach(a -> categories.add(a.name()));
        event.add(new Categories(String.join(",", categories)));
        event.add(new Description(festival.title() + "\n" + place + "\n" + link));
        if (festival.latitude() != null) {
            event.add(new Geo(BigDecimal.valueOf(festival.latitude()), BigDecimal.valueOf(festival.longitude())));
        }
        if (festival.status() == FestivalStatus.cancelled) {
            event.add(new Status(Status.VALUE_CANCELLED));
        } else if (festival.status() == FestivalStatus.postponed) {
            event.add(new Status(Status.VALUE_TENTATIVE));
        } else {
            event.add(new Status(Status.VALUE_CONFIRMED));
        }
        return event;
    }
}
