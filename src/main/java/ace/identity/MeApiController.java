package ace.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ace.shared.NotFoundException;

/** {@code GET /api/v1/me}: who the presented token belongs to — the first call a client makes. */
@RestController
class MeApiController {

    private final Identity identity;

    MeApiController(Identity identity) {
        this.identity = identity;
    }

    @GetMapping("/api/v1/me")
    CurrentUser me() {
        return identity.current().orElseThrow(() -> new NotFoundException("no signed-in account"));
    }
}
