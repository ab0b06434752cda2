package ace.notifications;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import ace.catalogue.Catalogue;
import ace.catalogue.ItemCard;
import ace.catalogue.ItemFinder;
import ace.catalogue.ItemKind;
import ace.catalogue.ItemView;
import ace.catalogue.Viewer;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Atom feeds of offers and of requests, newest first, with the same search and facet
 * parameters as the lists ({@code /api/v1/feeds/offers?field=LABORATORY_CAPACITY&region=AFRICA}).
 * Entries are in the reader's language ({@code Accept-Language} or {@code lang}) where the item
 * has it, else in the original.
 */
@RestController
class CatalogueFeedController {

    static final int ENTRIES = 50;

    private final Catalogue catalogue;
    private final ItemFinder finder;
    private final MessageSource messages;

    CatalogueFeedController(Catalogue catalogue, ItemFinder finder, MessageSource messages) {
        this.catalogue = catalogue;
        this.finder = finder;
        this.messages = messages;
    }

    @GetMapping("/api/v1/feeds/{kind:offers|requests}")
    void feed(@PathVariable String kind, @RequestParam(defaultValue = "") String q,
            @RequestParam MultiValueMap<String, String> params, Locale locale, HttpServletResponse response)
            throws IOException, FeedException {
        ItemKind itemKind = kind.equals("offers") ? ItemKind.OFFER : ItemKind.REQUEST;
        Map<String, Set<String>> filters = ItemFinder.filters(params);
        Viewer viewer = catalogue.viewer();
        var found = finder.find(new ItemFinder.Query(itemKind, q, filters, 0, ENTRIES, false), viewer);
        List<ItemView> items = catalogue.load(found.hits().stream().map(ItemFinder.Hit::itemId).toList(), viewer);

        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("feed.title." + kind, null, locale));
        feed.setDescription(messages.getMessage("feed.subtitle", null, locale));
        feed.setUri(ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString());
        feed.setLink(base + "/" + kind);
        feed.setLanguage(locale.toLanguageTag());
        feed.setGenerator("ACE");
        feed.setPublishedDate(Date.from(items.stream().map(ItemView::updatedAt).max(Comparable::compareTo)
            .orElse(java.time.Instant.EPOCH)));
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setType("application/atom+xml");
        self.setHref(feed.getUri());
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(feed.getLink());
        feed.setLinks(List.of(alternate, self));
        List<SyndEntry> entries = new ArrayList<>();
        for (ItemView item : items) {
            entries.add(entry(item, base, locale));
        }
        feed.setEntries(entries);

        response.setContentType("application/atom+xml;charset=UTF-8");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new SyndFeedOutput().output(feed, out, true);
        out.flush();
    }

    private SyndEntry entry(ItemView item, String base, Locale locale) {
        ItemCard card = ItemCard.of(item, catalogue, locale);
        SyndEntry entry = new SyndEntryImpl();
        String link = base + item.kind().pageOf(item.ref());
        entry.setUri(link);
        entry.setLink(link);
        entry.setTitle(card.title());
        entry.setAuthor(card.partyName());
        entry.setPublishedDate(Date.from(item.createdAt()));
        entry.setUpdatedDate(Date.from(item.updatedAt()));
        if (card.description() != null) {
            var summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(card.description());
            entry.setDescription(summary);
        }
        List<SyndCategory> categories = new ArrayList<>();
        item.content().fields().forEach(f -> categories.add(category(f.name(), "field")));
        item.content().types().forEach(t -> categories.add(category(t.name(), "type")));
        entry.setCategories(categories);
        return entry;
    }

    /** Codes of INTERCHANGE.md §3, so a reader can filter on them whatever the language. */
    private static SyndCategory category(String code, String facet) {
        var category = new SyndCategoryImpl();
        category.setName(code);
        category.setTaxonomyUri("urn:ace:" + facet);
        return category;
    }
}
