package ace.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: what ACE is and where to start. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
