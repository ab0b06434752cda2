package ace.directory;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ace.shared.NotFoundException;

/** {@code /api/v1/states}: public reference data. */
@RestController
@RequestMapping("/api/v1/states")
class StateApiController {

    private final Directory directory;

    StateApiController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping
    StateList list() {
        return new StateList(directory.states());
    }

    @GetMapping("/{code}")
    StateView one(@PathVariable String code) {
        return directory.state(code).orElseThrow(() -> new NotFoundException("No State with code " + code));
    }

    record StateList(List<StateView> items) {
    }
}
