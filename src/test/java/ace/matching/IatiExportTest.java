package ace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import ace.IntegrationTest;
import ace.Sessions;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.identity.Identity;
import ace.identity.Role;
import ace.shared.cli.CommandDispatcher;

@IntegrationTest
class IatiExportTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired CommandDispatcher dispatcher;

    @Test
    void exportsOffersAndConfirmedMatchesAsIati203() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"I-REQ-%1$s","kind":"REQUEST","party":{"type":"STATE","code":"SEN"},
                  "title":{"fr":"Formation en biosécurité"},"fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],
                  "visibility":"PUBLIC"},
                 {"ref":"I-OFF-%1$s","kind":"OFFER","party":{"type":"STATE","code":"CAN"},
                  "title":{"en":"Biosafety courses","fr":"Cours de biosécurité"},"description":{"en":"Two weeks"},
                  "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],"validFrom":"2026-01-01","visibility":"PUBLIC"},
                 {"ref":"I-SP-%1$s","kind":"OFFER","party":{"type":"STATE","code":"CAN"},
                  "title":{"en":"Members-only course"},"fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],
                  "visibility":"STATES_PARTIES"},
                 {"ref":"I-RES-%1$s","kind":"OFFER","party":{"type":"STATE","code":"CAN"},
                  "title":{"en":"Restricted course"},"fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],
                  "visibility":"RESTRICTED"}]}"""
            .formatted(run).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        mvc.perform(post("/proposals/record").session(Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "SEN"))
            .with(csrf()).param("request", "I-REQ-" + run).param("offer", "I-OFF-" + run));

        var out = new ByteArrayOutputStream();
        int exit = dispatcher.dispatch(List.of("export", "--format", "iati"), new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.toByteArray()));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/iati-activities/@version", xml)).isEqualTo("2.03");
        assertThat(xpath.evaluate("count(//iati-activity[iati-identifier='XI-BWC-ISU-I-OFF-" + run + "'])", xml))
            .isEqualTo("1");
        assertThat(xpath.evaluate("//iati-activity[iati-identifier='XI-BWC-ISU-I-OFF-" + run
                + "']/title/narrative[@lang='fr' or @*[local-name()='lang']='fr']", xml)).isEqualTo("Cours de biosécurité");
        // The command line sees every offer (INTERCHANGE.md)...
        assertThat(xpath.evaluate("count(//iati-activity[iati-identifier='XI-BWC-ISU-I-SP-" + run + "'])", xml))
            .isEqualTo("1");
        assertThat(xpath.evaluate("count(//iati-activity[iati-identifier='XI-BWC-ISU-I-RES-" + run + "'])", xml))
            .isEqualTo("1");
        // ...and --visibility public makes a file fit to publish.
        var published = new ByteArrayOutputStream();
        assertThat(dispatcher.dispatch(List.of("export", "--format", "iati", "--visibility", "public"),
                new BufferedReader(new StringReader("")), new PrintStream(published, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()))).isZero();
        Document open = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(published.toByteArray()));
        assertThat(xpath.evaluate("count(//iati-activity[iati-identifier='XI-BWC-ISU-I-OFF-" + run + "'])", open))
            .isEqualTo("1");
        assertThat(xpath.evaluate("count(//iati-activity[iati-identifier='XI-BWC-ISU-I-SP-" + run + "'])", open))
            .isEqualTo("0");
        assertThat(xpath.evaluate("count(//iati-activity[iati-identifier='XI-BWC-ISU-I-RES-" + run + "'])", open))
            .isEqualTo("0");
        assertThat(dispatcher.dispatch(List.of("export", "--visibility", "secret"), new BufferedReader(new StringReader("")),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
        var matches = (org.w3c.dom.NodeList) xpath.evaluate("//iati-activity[recipient-country/@code='SN']", xml,
                XPathConstants.NODESET);
        assertThat(matches.getLength()).isGreaterThanOrEqualTo(1);
    }
}
