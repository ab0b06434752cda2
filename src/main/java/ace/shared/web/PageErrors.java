package ace.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import ace.shared.NotFoundException;

/** Turns "not found" on pages into the 404 page in the reader's language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrors {

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(org.springframework.ui.Model model) {
        model.addAttribute("status", 413);
        model.addAttribute("messageKey", "error.tooLarge");
        return "error/error";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
