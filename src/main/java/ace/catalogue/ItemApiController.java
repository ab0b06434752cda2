package ace.catalogue;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/offers} and {@code /api/v1/requests}: items in the interchange representation,
 * listed with search and facets, read, created, updated, withdrawn and reopened. The same
 * visibility rules as the pages; changes need a personal API token of an allowed person.
 */
@RestController
@RequestMapping("/api/v1/{kind:offers|requests}")
class ItemApiController {

    private final Catalogue catalogue;
    private final ItemFinder finder;
    private final MessageSource messages;

    ItemApiController(Catalogue catalogue, ItemFinder finder, MessageSource messages) {
        this.catalogue = catalogue;
        this.finder = finder;
        this.messages = messages;
    }

    static ItemKind kind(String path) {
        return path.equals("offers") ? ItemKind.OFFER : ItemKind.REQUEST;
    }

    @GetMapping
    Map<String, Object> list(@PathVariable String kind, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam MultiValueMap<String, String> params) {
        if (page < 0 || size < 1 || size > 100 || (long) (page + 1) * size > 10_000) {
            throw new IllegalArgumentException("page must be ≥ 0, size between 1 and 100, and page × size at most 10000");
        }
        Viewer viewer = catalogue.viewer();
        var found = finder.find(new ItemFinder.Query(kind(kind), q, ItemFinder.filters(params), page, size, false), viewer);
        List<ObjectNode> items = new ArrayList<>();
        catalogue.load(found.hits().stream().map(ItemFinder.Hit::itemId).toList(), viewer)
            .forEach(item -> items.add(catalogue.toInterchange(item)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("total", found.total());
        body.put("page", page);
        body.put("size", size);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        found.facets().forEach((dim, counts) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            counts.forEach(c -> values.put(c.value(), c.count()));
            facets.put(dim, values);
        });
        body.put("facets", facets);
        return body;
    }

    @GetMapping("/{ref}")
    ResponseEntity<ObjectNode> one(@PathVariable String kind, @PathVariable String ref) {
        ItemView item = item(kind, ref);
        return ResponseEntity.ok().eTag(etag(item)).body(catalogue.toInterchange(item));
    }

    @PostMapping
    ResponseEntity<ObjectNode> create(@PathVariable String kind, @RequestBody JsonNode body) {
        Catalogue.ParsedBody parsed = catalogue.fromInterchange(body, false);
        sameKind(kind, parsed.ref(), parsed.content());
        ItemView created = catalogue.create(parsed.ref(), parsed.content());
        return ResponseEntity.created(URI.create("/api/v1/" + kind + "/" + ItemPageController.segment(created.ref()))).eTag(etag(created))
            .body(catalogue.toInterchange(created));
    }

    @PutMapping("/{ref}")
    ResponseEntity<ObjectNode> update(@PathVariable String kind, @PathVariable String ref, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        ItemView current = item(kind, ref);
        Catalogue.ParsedBody parsed = catalogue.fromInterchange(body, false);
        if (parsed.ref() != null && !parsed.ref().equals(ref)) {
            throw new InvalidItemException(List.of(Problem.of(ref, "ref", "item.ref.mismatch")));
        }
        sameKind(kind, ref, parsed.content());
        ItemView updated = catalogue.update(ref, version(ifMatch, current),
                ItemContentCopies.keepingWhatTheFormatLacks(parsed.content(), current.content()));
        return ResponseEntity.ok().eTag(etag(updated)).body(catalogue.toInterchange(updated));
    }

    @PostMapping("/{ref}/{change:withdraw|reopen}")
    ResponseEntity<ObjectNode> changeStatus(@PathVariable String kind, @PathVariable String ref,
            @PathVariable String change,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        ItemView current = item(kind, ref);
        long version = version(ifMatch, current);
        ItemView updated = change.equals("withdraw") ? catalogue.withdraw(ref, version)
                : catalogue.reopen(ref, version);
        return ResponseEntity.ok().eTag(etag(updated)).body(catalogue.toInterchange(updated));
    }

    private ItemView item(String kind, String ref) {
        ItemView item = catalogue.get(ref, catalogue.viewer());
        if (item.kind() != kind(kind)) {
            throw new ace.shared.NotFoundException("No " + kind(kind).name().toLowerCase(Locale.ROOT) + " " + ref);
        }
        return item;
    }

    private static void sameKind(String kind, @Nullable String ref, ItemContent content) {
        if (content.kind() != kind(kind)) {
            throw new InvalidItemException(List.of(Problem.of(ref, "kind", "item.kind.path", kind(kind).name())));
        }
    }

    private static String etag(ItemView item) {
        return "\"" + item.version() + "\"";
    }

    /** The version the client last saw ({@code If-Match}), or the current one when it sent none. */
    private static long version(@Nullable String ifMatch, ItemView current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return current.version();
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be the ETag of a previous response");
        }
    }

    @ExceptionHandler(InvalidItemException.class)
    ProblemDetail invalid(InvalidItemException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.invalidItem", null, "The item was refused.", locale));
        problem.setTitle("Invalid item");
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Problem p : e.problems()) {
            Map<String, Object> error = new LinkedHashMap<>();
            if (p.ref() != null) {
                error.put("ref", p.ref());
            }
            error.put("member", p.member());
            error.put("message", ProblemMessages.message(p, messages, locale));
            errors.add(error);
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(ItemChangedConcurrently.class)
    ProblemDetail conflict(ItemChangedConcurrently e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setTitle("Changed by someone else");
        return problem;
    }
}
