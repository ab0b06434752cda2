package ace.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Mail leaves on Spring Boot's task executor, so a slow mail server never holds up a person's request. */
@Configuration
@EnableAsync
class NotificationsConfiguration {
}
