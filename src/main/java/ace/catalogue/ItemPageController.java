package ace.catalogue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ace.directory.Directory;
import ace.shared.Language;
import ace.shared.NotFoundException;

/** An item's page, its form (create and edit), withdrawal, reopening and attachments. */
@Controller
class ItemPageController {

    private final Catalogue catalogue;
    private final Directory directory;
    private final AttachmentStore attachments;
    private final MessageSource messages;
    private final List<ItemSuggestions> suggestions;

    ItemPageController(Catalogue catalogue, Directory directory, AttachmentStore attachments,
            MessageSource messages, List<ItemSuggestions> suggestions) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.attachments = attachments;
        this.messages = messages;
        this.suggestions = suggestions;
    }

    @GetMapping("/{kind:offers|requests}/{ref}")
    String show(@PathVariable String kind, @PathVariable String ref, Locale locale, Model model) {
        ItemView item = item(kind, ref);
        Viewer viewer = catalogue.viewer();
        model.addAttribute("card", ItemCard.of(item, catalogue, locale, null));
        model.addAttribute("item", item);
        model.addAttribute("path", kind);
        model.addAttribute("canEdit", catalogue.canEdit(item));
        model.addAttribute("programme", item.content().programmeId() == null ? null
                : directory.programme(item.content().programmeId()).orElse(null));
        model.addAttribute("states", directory.states(locale).stream()
            .filter(s -> item.content().states().contains(s.code())).toList());
        List<FitCard> fits = new java.util.ArrayList<>();
        for (ItemSuggestions source : suggestions) {
            for (ItemSuggestions.Fit fit : source.fits(item, viewer, locale, 5)) {
                catalogue.load(List.of(fit.itemId()), viewer).stream().findFirst()
                    .ifPresent(other -> fits.add(new FitCard(ItemCard.of(other, catalogue, locale, null), fit,
                            catalogue.isIsu() || catalogue.representsParty(item.content().party(), item.kind())
                                    || catalogue.representsParty(other.content().party(), other.kind()))));
            }
        }
        model.addAttribute("fits", fits);
        model.addAttribute("canRecord",
                catalogue.isIsu() || catalogue.representsParty(item.content().party(), item.kind()));
        if (item.kind() == ItemKind.OFFER) {
            model.addAttribute("similar", catalogue.similarOffers(item, viewer, 5).stream()
                .map(o -> ItemCard.of(o, catalogue, locale, null)).toList());
        }
        return "catalogue/item";
    }

    @GetMapping("/{kind:offers|requests}/new")
    String create(@PathVariable String kind, Locale locale, Model model) {
        ItemKind itemKind = ItemApiController.kind(kind);
        if (!catalogue.canCreate(itemKind)) {
            throw new AccessDeniedException("cannot create " + kind);
        }
        model.addAttribute("form", ItemForm.blank(Language.of(locale).code(), catalogue.ownParty(itemKind).orElse(null)));
        return form(model, itemKind, null, locale);
    }

    @PostMapping("/{kind:offers|requests}/new")
    String save(@PathVariable String kind, @ModelAttribute("form") ItemForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        ItemKind itemKind = ItemApiController.kind(kind);
        if (!catalogue.canCreate(itemKind)) {
            throw new AccessDeniedException("cannot create " + kind);
        }
        Party party = catalogue.ownParty(itemKind).orElseGet(() -> partyFrom(form));
        try {
            ItemView created = catalogue.create(null, form.toContent(itemKind, party, ItemStatus.OPEN));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/" + kind + "/" + segment(created.ref());
        }
        catch (InvalidItemException invalid) {
            model.addAttribute("problems", messagesFor(invalid, locale));
            form.padContacts();
            return form(model, itemKind, null, locale);
        }
    }

    @GetMapping("/{kind:offers|requests}/{ref}/edit")
    String edit(@PathVariable String kind, @PathVariable String ref, Locale locale, Model model) {
        ItemView item = editable(kind, ref);
        model.addAttribute("form", ItemForm.of(item));
        return form(model, item.kind(), item, locale);
    }

    @PostMapping("/{kind:offers|requests}/{ref}/edit")
    String update(@PathVariable String kind, @PathVariable String ref, @ModelAttribute("form") ItemForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        ItemView item = editable(kind, ref);
        Party party = catalogue.ownParty(item.kind()).isPresent() ? item.content().party() : partyFrom(form);
        try {
            catalogue.update(ref, form.getVersion(), form.toContent(item.kind(), party, item.content().status()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/" + kind + "/" + segment(ref);
        }
        catch (InvalidItemException invalid) {
            model.addAttribute("problems", messagesFor(invalid, locale));
        }
        catch (ItemChangedConcurrently conflict) {
            model.addAttribute("conflict", true);
            ItemView current = catalogue.get(ref, catalogue.viewer());
            form.setVersion(current.version());
        }
        form.padContacts();
        return form(model, item.kind(), item, locale);
    }

    @PostMapping("/{kind:offers|requests}/{ref}/withdraw")
    String withdraw(@PathVariable String kind, @PathVariable String ref, @RequestParam long version,
            RedirectAttributes redirect) {
        editable(kind, ref);
        try {
            catalogue.withdraw(ref, version);
            redirect.addFlashAttribute("withdrawn", true);
        }
        catch (ItemChangedConcurrently conflict) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/" + kind + "/" + segment(ref);
    }

    @PostMapping("/{kind:offers|requests}/{ref}/reopen")
    String reopen(@PathVariable String kind, @PathVariable String ref, @RequestParam long version,
            RedirectAttributes redirect) {
        editable(kind, ref);
        try {
            catalogue.reopen(ref, version);
            redirect.addFlashAttribute("reopened", true);
        }
        catch (ItemChangedConcurrently conflict) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/" + kind + "/" + segment(ref);
    }

    @PostMapping("/{kind:offers|requests}/{ref}/attachments")
    String attach(@PathVariable String kind, @PathVariable String ref, @RequestParam("file") MultipartFile file,
            Locale locale, RedirectAttributes redirect) throws IOException {
        ItemView item = editable(kind, ref);
        if (file.isEmpty()) {
            redirect.addFlashAttribute("attachmentProblem", messages.getMessage("attachment.empty", null, locale));
            return "redirect:/" + kind + "/" + segment(ref);
        }
        try {
            attachments.add(item, String.valueOf(file.getOriginalFilename()), file.getInputStream());
            redirect.addFlashAttribute("attached", true);
        }
        catch (InvalidItemException invalid) {
            redirect.addFlashAttribute("attachmentProblem", String.join(" ", messagesFor(invalid, locale).values()));
        }
        return "redirect:/" + kind + "/" + segment(ref);
    }

    /** Attachments are downloads only: never rendered inline, never sniffed, sandboxed if opened. */
    @GetMapping("/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) {
        AttachmentStore.StoredFile file = attachments.file(id).orElseThrow(() -> new NotFoundException("attachment"));
        List<ItemView> item = catalogue.load(List.of(file.itemId()), catalogue.viewer());
        if (item.isEmpty() || item.get(0).attachments().stream().noneMatch(a -> a.id() == id)) {
            throw new NotFoundException("attachment");
        }
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .header("Content-Security-Policy", "sandbox; default-src 'none'")
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(file.contentType()))
            .contentLength(file.size())
            .body(new InputStreamResource(file.open()));
    }

    /** A fitting item with its score and reasons. */
    record FitCard(ItemCard card, ItemSuggestions.Fit fit, boolean proposable) {

        public int percent() {
            return (int) Math.round(fit.score() * 100);
        }
    }

    /** A reference as one path segment ("/" encoded). */
    static String segment(String ref) {
        return ItemKind.segment(ref);
    }

    private ItemView item(String kind, String ref) {
        ItemView item = catalogue.get(ref, catalogue.viewer());
        if (item.kind() != ItemApiController.kind(kind)) {
            throw new NotFoundException(ref);
        }
        return item;
    }

    private ItemView editable(String kind, String ref) {
        ItemView item = item(kind, ref);
        if (!catalogue.canEdit(item)) {
            throw new AccessDeniedException("cannot edit " + ref);
        }
        return item;
    }

    private Party partyFrom(ItemForm form) {
        if ("ORGANISATION".equals(form.getPartyType()) && form.getPartyOrganisation() != null) {
            return Party.organisation(form.getPartyOrganisation());
        }
        return Party.state(form.getPartyState().strip().toUpperCase(Locale.ROOT));
    }

    private Map<String, String> messagesFor(InvalidItemException invalid, Locale locale) {
        Map<String, String> byMember = new java.util.LinkedHashMap<>();
        for (Problem problem : invalid.problems()) {
            byMember.merge(problem.member(), ProblemMessages.message(problem, messages, locale), (a, b) -> a + " " + b);
        }
        return byMember;
    }

    /** Where the error summary sends the reader for each member, so she lands on the field to correct. */
    private static final Map<String, String> ANCHORS = Map.of("title", "texts0.title", "fields", "fields-group",
            "types", "types-group", "languages", "languages-group", "validUntil", "validUntil", "visibility",
            "visibility-group", "party", "party-group");

    private String form(Model model, ItemKind kind, ItemView item, Locale locale) {
        model.addAttribute("anchors", ANCHORS);
        model.addAttribute("kind", kind);
        model.addAttribute("path", kind.path());
        model.addAttribute("item", item);
        model.addAttribute("ownParty", catalogue.ownParty(kind).isPresent());
        model.addAttribute("subjectAreas", SubjectArea.values());
        model.addAttribute("forms", AssistanceForm.values());
        model.addAttribute("regions", ace.directory.UnRegion.values());
        model.addAttribute("allStates", directory.states(locale));
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("programmes", directory.programmes());
        model.addAttribute("languages", Language.values());
        model.addAttribute("visibilities", Visibility.values());
        return "catalogue/form";
    }
}
