package ace.matching;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ace.catalogue.Catalogue;
import ace.catalogue.ExportFormat;
import ace.catalogue.ItemKind;
import ace.catalogue.ItemStatus;
import ace.catalogue.ItemText;
import ace.catalogue.ItemView;
import ace.catalogue.Party;
import ace.catalogue.PartyType;
import ace.catalogue.Viewer;
import ace.directory.Directory;

/**
 * {@code ./ace export --format iati}: IATI 2.03 activity XML of the offers and the confirmed
 * matches (INTERCHANGE.md §1). An offer is an activity of its provider; a confirmed match is an
 * activity with the requesting State as recipient country, its planned dates and, once reported,
 * its completion. Subject areas and forms are given as the reporting organisation's own sector
 * codes (vocabulary 99); countries as ISO 3166-1 alpha-2, as IATI requires.
 */
@Component
class IatiExport implements ExportFormat {

    private final Catalogue catalogue;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String reportingOrg;

    IatiExport(Catalogue catalogue, Directory directory, JdbcClient jdbc, Clock clock,
            @Value("${ace.iati.reporting-org:XI-BWC-ISU}") String reportingOrg) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.reportingOrg = reportingOrg;
    }

    @Override
    public String name() {
        return "iati";
    }

    /**
     * The offers and the confirmed matches the viewer may see (a match only when both its items
     * are): the command line sees everything, as INTERCHANGE.md says; `--visibility public` makes
     * a file fit to publish.
     */
    @Override
    public long write(Viewer viewer, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
            long count = 0;
            List<Long> offers = catalogue.ids(viewer, ItemKind.OFFER);
            for (int i = 0; i < offers.size(); i += 500) {
                for (ItemView offer : catalogue.load(offers.subList(i, Math.min(offers.size(), i + 500)), viewer)) {
                    offer(xml, offer);
                    count++;
                }
            }
            for (Map<String, Object> match : confirmedMatches()) {
                var request = catalogue.find((String) match.get("request_ref"), viewer);
                var offer = catalogue.find((String) match.get("offer_ref"), viewer);
                if (request.isPresent() && offer.isPresent()) {
                    match(xml, match, request.get(), offer.get());
                    count++;
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            return count;
        }
        catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private List<Map<String, Object>> confirmedMatches() {
        return jdbc.sql("select id, request_ref, offer_ref, status, planned_start, planned_end, delivery "
                + "from matching_proposal where status in ('CONFIRMED', 'PLANNED', 'REPORTED') order by id")
            .query().listOfRows();
    }

    private void offer(XMLStreamWriter xml, ItemView offer) throws XMLStreamException {
        activityStart(xml, reportingOrg + "-" + offer.ref(), offer.content().texts().keySet().iterator().next());
        reporting(xml);
        narratives(xml, "title", offer.content().texts(), false);
        narratives(xml, "description", offer.content().texts(), true);
        participating(xml, offer.content().party(), "4");
        element(xml, "activity-status", "code", offer.content().status() == ItemStatus.OPEN ? "2" : "4");
        if (offer.content().validFrom() != null) {
            date(xml, "2", offer.content().validFrom().toString());
        }
        if (offer.content().validUntil() != null) {
            date(xml, "4", offer.content().validUntil().toString());
        }
        sectors(xml, offer);
        xml.writeEndElement();
    }

    private void match(XMLStreamWriter xml, Map<String, Object> match, ItemView request, ItemView offer)
            throws XMLStreamException {
        activityStart(xml, reportingOrg + "-MATCH-" + match.get("id"), "en");
        reporting(xml);
        xml.writeStartElement("title");
        narrative(xml, "en", "Match: " + title(request) + " / " + title(offer));
        xml.writeEndElement();
        participating(xml, offer.content().party(), "4");
        participating(xml, request.content().party(), "1");
        boolean reported = "REPORTED".equals(match.get("status"));
        element(xml, "activity-status", "code", reported ? "3" : "2");
        if (match.get("planned_start") != null) {
            date(xml, "1", match.get("planned_start").toString());
        }
        if (match.get("planned_end") != null) {
            date(xml, "3", match.get("planned_end").toString());
        }
        String country = alpha2(request.content().party());
        if (!country.isEmpty()) {
            xml.writeStartElement("recipient-country");
            xml.writeAttribute("code", country);
            xml.writeAttribute("percentage", "100");
            xml.writeEndElement();
        }
        sectors(xml, offer);
        xml.writeEndElement();
    }

    private void activityStart(XMLStreamWriter xml, String identifier, String language) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml:lang", language.length() >= 2 ? language.substring(0, 2).toLowerCase(Locale.ROOT) : "en");
        xml.writeAttribute("last-updated-datetime", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        xml.writeStartElement("iati-identifier");
        xml.writeCharacters(identifier.replaceAll("[^A-Za-z0-9\\-_.]", "-"));
        xml.writeEndElement();
    }

    private void reporting(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reportingOrg);
        xml.writeAttribute("type", "40");
        narrative(xml, "en", "Implementation Support Unit of the Biological Weapons Convention");
        xml.writeEndElement();
    }

    private void participating(XMLStreamWriter xml, Party party, String role) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        if (party.type() == PartyType.STATE) {
            xml.writeAttribute("type", "10");
            String name = directory.state(String.valueOf(party.stateCode())).map(s -> s.name().get("en"))
                .orElse(String.valueOf(party.stateCode()));
            narrative(xml, "en", name);
        }
        else {
            var organisation = party.organisationId() == null ? null : directory.organisation(party.organisationId())
                .orElse(null);
            xml.writeAttribute("type", organisation != null && organisation.kind().name().equals("NGO") ? "22" : "40");
            narrative(xml, "en", organisation == null ? "" : organisation.name());
        }
        xml.writeEndElement();
    }

    private void sectors(XMLStreamWriter xml, ItemView item) throws XMLStreamException {
        List<String> codes = new ArrayList<>();
        item.content().fields().forEach(f -> codes.add(f.name()));
        for (String code : codes) {
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", "99");
            xml.writeAttribute("vocabulary-uri", "https://ace.example/interchange#fields");
            xml.writeAttribute("code", code);
            xml.writeAttribute("percentage", String.valueOf(Math.round(100.0 / codes.size() * 100) / 100.0));
            xml.writeEndElement();
        }
    }

    private static void narratives(XMLStreamWriter xml, String element, Map<String, ItemText> texts, boolean description)
            throws XMLStreamException {
        if (description && texts.values().stream().allMatch(t -> t.description() == null)) {
            return;
        }
        xml.writeStartElement(element);
        if (description) {
            xml.writeAttribute("type", "1");
        }
        for (var text : texts.entrySet()) {
            String value = description ? text.getValue().description() : text.getValue().title();
            if (value != null) {
                narrative(xml, text.getKey(), value);
            }
        }
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String language, String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeAttribute("xml:lang", Locale.forLanguageTag(language).getLanguage());
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String attribute, String value)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute(attribute, value);
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, String isoDate) throws XMLStreamException {
        xml.writeStartElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", isoDate);
        xml.writeEndElement();
    }

    private static String title(ItemView item) {
        return item.content().texts().values().iterator().next().title();
    }

    private String alpha2(Party party) {
        if (party.stateCode() == null) {
            return "";
        }
        for (String code : Locale.getISOCountries()) {
            if (Locale.of("", code).getISO3Country().equals(party.stateCode())) {
                return code;
            }
        }
        return "";
    }
}
