package ace.shared.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * References may contain "/" (INTERCHANGE.md §2), so an item's address carries it encoded
 * ({@code /api/v1/offers/OFF%2FWHO%2F1}); Tomcat must pass the encoded slash through instead of
 * refusing the request. The security firewall is told the same in the identity module.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RefPaths {

    @Bean
    TomcatConnectorCustomizer encodedSlashesPassThrough() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
