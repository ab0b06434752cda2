package ace.shared.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every server error a short reference, shown to the person and written to the log
 * with the stack trace, so support can find the cause without showing it to the user.
 */
@Component
class ErrorReference extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom random = new SecureRandom();

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            byte[] bytes = new byte[5];
            random.nextBytes(bytes);
            String reference = HexFormat.of().formatHex(bytes).toUpperCase();
            attributes.put("reference", reference);
            log.error("Error reference {} at {}", reference, attributes.get("path"), getError(request));
        }
        attributes.remove("trace");
        attributes.remove("exception");
        return attributes;
    }
}
