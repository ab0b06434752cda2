package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.Sessions;
import ace.identity.Identity;
import ace.identity.Role;

/** Attachments: uploaded on the item's page, served only as downloads, only to those who may see the item. */
@IntegrationTest
class AttachmentCoverageTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired Catalogue catalogue;

    private String loadRequest(String state, String visibility) {
        String ref = "ATT-" + state + "-" + Documents.run();
        importer.importDocument(Documents.document(
                Documents.request(ref, state, "en", "With attachments " + ref, "x", visibility))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        return ref;
    }

    private MockHttpSession contactPoint(String state) throws Exception {
        return Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, state);
    }

    private long upload(String ref, MockHttpSession session, String name, byte[] bytes) throws Exception {
        mvc.perform(multipart("/requests/" + ref + "/attachments")
                .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .session(session).with(csrf()).param("lang", "en"))
            .andExpect(redirectedUrl("/requests/" + ref))
            .andExpect(flash().attribute("attached", true));
        var attachments = catalogue.get(ref, Viewer.EVERYTHING).attachments();
        return attachments.stream().filter(a -> a.fileName().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void anUploadedPdfIsListedAndServedOnlyAsADownload() throws Exception {
        String ref = loadRequest("KEN", "STATES_PARTIES");
        MockHttpSession ncp = contactPoint("KEN");
        long id = upload(ref, ncp, "programme.pdf", PDF);

        Attachment stored = catalogue.get(ref, Viewer.EVERYTHING).attachments().stream()
            .filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(PDF.length);

        mvc.perform(get("/requests/" + ref).session(ncp).param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("href=\"/attachments/" + id + "\"")))
            .andExpect(content().string(Matchers.containsString("programme.pdf")));

        // A signed-in reader of another State may see a States Parties item, and so its file.
        mvc.perform(get("/attachments/" + id).session(Sessions.signedIn(mvc, identity, Role.STATE_VIEWER, "GHA")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
            .andExpect(header().string("Content-Disposition", Matchers.containsString("programme.pdf")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().contentType("application/pdf"))
            .andExpect(content().bytes(PDF));
    }

    @Test
    void anonymousVisitorsCannotDownloadTheFileOfAStatesPartiesItem() throws Exception {
        String ref = loadRequest("KEN", "STATES_PARTIES");
        long id = upload(ref, contactPoint("KEN"), "internal.pdf", PDF);

        mvc.perform(get("/attachments/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/attachments/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
    }

    @Test
    void anAttachmentOfAPublicItemIsAPublicDownload() throws Exception {
        String ref = loadRequest("UGA", "PUBLIC");
        long id = upload(ref, contactPoint("UGA"), "public.pdf", PDF);
        mvc.perform(get("/attachments/" + id))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void onlyThoseWhoMayEditTheItemMayAttach() throws Exception {
        String ref = loadRequest("KEN", "PUBLIC");
        mvc.perform(multipart("/requests/" + ref + "/attachments")
                .file(new MockMultipartFile("file", "stranger.pdf", "application/pdf", PDF))
                .session(contactPoint("UGA")).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(catalogue.get(ref, Viewer.EVERYTHING).attachments()).isEmpty();
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWithAClearMessageAndNotKept() throws Exception {
        String ref = loadRequest("KEN", "STATES_PARTIES");
        MockHttpSession ncp = contactPoint("KEN");
        // A PDF by its first bytes, one byte over the limit (AttachmentStore.MAX_BYTES, 20 MB).
        byte[] big = Arrays.copyOf(PDF, Math.toIntExact(AttachmentStore.MAX_BYTES + 1));
        mvc.perform(multipart("/requests/" + ref + "/attachments")
                .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                .session(ncp).with(csrf()).param("lang", "en"))
            .andExpect(redirectedUrl("/requests/" + ref))
            .andExpect(flash().attribute("attachmentProblem", "The file is larger than 20 MB."))
            .andExpect(flash().attributeCount(1));
        assertThat(catalogue.get(ref, Viewer.EVERYTHING).attachments()).isEmpty();
    }

    @Test
    void anEmptyFileOrAFileOfAnotherTypeIsRefusedWithAMessage() throws Exception {
        String ref = loadRequest("KEN", "STATES_PARTIES");
        MockHttpSession ncp = contactPoint("KEN");
        mvc.perform(multipart("/requests/" + ref + "/attachments")
                .file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
                .session(ncp).with(csrf()).param("lang", "en"))
            .andExpect(redirectedUrl("/requests/" + ref))
            .andExpect(flash().attribute("attachmentProblem", "Choose a file to upload."));
        mvc.perform(multipart("/requests/" + ref + "/attachments")
                .file(new MockMultipartFile("file", "evil.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .session(ncp).with(csrf()).param("lang", "en"))
            .andExpect(redirectedUrl("/requests/" + ref))
            .andExpect(flash().attribute("attachmentProblem", Matchers.startsWith("Files of this type (")));
        assertThat(catalogue.get(ref, Viewer.EVERYTHING).attachments()).isEmpty();
    }
}
