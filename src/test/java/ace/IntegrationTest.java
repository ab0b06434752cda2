package ace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the test database (H2, or PostgreSQL with -Ppostgres), with MockMvc
 * and a clock the test moves. One annotation, so every such test shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "ace.data-dir=target/test-data/integration")
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {
}
