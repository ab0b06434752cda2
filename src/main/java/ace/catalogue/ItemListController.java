package ace.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The catalogue lists: search, facets with counts, results in the reader's language, pages. */
@Controller
class ItemListController {

    static final int PAGE_SIZE = 20;

    private final Catalogue catalogue;
    private final ItemFinder finder;

    ItemListController(Catalogue catalogue, ItemFinder finder) {
        this.catalogue = catalogue;
        this.finder = finder;
    }

    /** Facets a list can be grouped by (R4: similar offers classified and grouped for search). */
    static final List<String> GROUPINGS = List.of("field", "type");
    static final int PER_GROUP = 3;

    /** One group of a grouped list: the code, how many items it has, its first items, the link to all. */
    public record Group(String facet, String value, long count, List<ItemCard> cards, String all) {
    }

    @GetMapping("/{kind:offers|requests}")
    String list(@PathVariable String kind, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "") String group,
            @RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
        ItemKind itemKind = ItemApiController.kind(kind);
        Map<String, Set<String>> filters = ItemFinder.filters(params);
        Viewer viewer = catalogue.viewer();
        var found = finder.find(new ItemFinder.Query(itemKind, q, filters, Math.max(0, page), PAGE_SIZE), viewer);
        Map<Long, List<String>> fragments = new LinkedHashMap<>();
        found.hits().forEach(hit -> fragments.put(hit.itemId(), hit.fragments()));
        List<ItemCard> cards = new ArrayList<>();
        for (ItemView item : catalogue.load(new ArrayList<>(fragments.keySet()), viewer)) {
            cards.add(ItemCard.of(item, catalogue, locale, fragments.get(item.id())));
        }
        model.addAttribute("kind", itemKind);
        model.addAttribute("path", kind);
        model.addAttribute("q", q);
        model.addAttribute("cards", cards);
        model.addAttribute("total", found.total());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("facets", found.facets());
        model.addAttribute("filters", filters);
        model.addAttribute("canCreate", catalogue.canCreate(itemKind));
        model.addAttribute("pageLink", new PageLinks("/" + kind, q, filters));
        model.addAttribute("group", GROUPINGS.contains(group) ? group : "");
        model.addAttribute("viewLink", new PageLinks("/" + kind, q, filters));
        if (GROUPINGS.contains(group)) {
            model.addAttribute("groups", groups(itemKind, kind, q, filters, group, found, viewer, locale));
        }
        // The feed keeps the page's search, filters and language, so what one follows is what one saw.
        model.addAttribute("feedLink", UriComponentsBuilder.fromUriString(
                new PageLinks("/api/v1/feeds/" + kind, q, filters).to(0)).queryParam("lang", locale.toLanguageTag())
            .build().toUriString());
        return "catalogue/list";
    }

    /** The same search, split by the values of one facet, largest group first, a few items each. */
    private List<Group> groups(ItemKind kind, String path, String q, Map<String, Set<String>> filters, String facet,
            ItemFinder.Found found, Viewer viewer, Locale locale) {
        List<Group> groups = new ArrayList<>();
        for (ItemFinder.FacetCount value : found.facets().getOrDefault(facet, List.of())) {
            // Already filtered on this facet: only the chosen values make groups.
            if (value.count() == 0 || (filters.containsKey(facet) && !filters.get(facet).contains(value.value()))) {
                continue;
            }
            Map<String, Set<String>> narrowed = new LinkedHashMap<>(filters);
            narrowed.put(facet, Set.of(value.value()));
            var first = finder.find(new ItemFinder.Query(kind, q, narrowed, 0, PER_GROUP, false), viewer);
            List<ItemCard> cards = new ArrayList<>();
            for (ItemView item : catalogue.load(first.hits().stream().map(ItemFinder.Hit::itemId).toList(), viewer)) {
                cards.add(ItemCard.of(item, catalogue, locale, null));
            }
            groups.add(new Group(facet, value.value(), value.count(), cards,
                    new PageLinks("/" + path, q, narrowed).to(0)));
        }
        groups.sort(java.util.Comparator.comparingLong(Group::count).reversed());
        return groups;
    }

    /** Builds the links of the pager, keeping the search and the filters. */
    record PageLinks(String path, String q, Map<String, Set<String>> filters) {

        public String to(int page) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            if (!q.isBlank()) {
                uri.queryParam("q", q);
            }
            filters.forEach((facet, values) -> values.forEach(v -> uri.queryParam(facet, v)));
            if (page > 0) {
                uri.queryParam("page", page);
            }
            return uri.encode().build().toUriString();
        }

        /** The same search shown another way: {@code group} empty for the plain list. */
        public String view(String group) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(to(0));
            if (!group.isEmpty()) {
                uri.queryParam("group", group);
            }
            return uri.build().toUriString();
        }
    }
}
