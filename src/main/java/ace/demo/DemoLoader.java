package ace.demo;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import ace.catalogue.Catalogue;
import ace.catalogue.ImportProgress;
import ace.catalogue.ImportReport;
import ace.catalogue.Importer;
import ace.directory.Directory;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

/**
 * Loads the demonstration set on an empty database: a few hundred offers and requests in the
 * six languages, and one account per role whose passwords are printed once on the console.
 * It refuses to touch a database that already holds items or accounts.
 */
@Component
@ConditionalOnProperty(name = "ace.demo", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final String WORDS = "abcdefghijkmnopqrstuvwxyz23456789";

    private final Catalogue catalogue;
    private final Importer importer;
    private final Identity identity;
    private final Directory directory;
    private final String domain;
    private final SecureRandom random = new SecureRandom();

    DemoLoader(Catalogue catalogue, Importer importer, Identity identity, Directory directory,
            @Value("${ace.demo.domain:demo.ace.example}") String domain) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.identity = identity;
        this.directory = directory;
        this.domain = domain;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (catalogue.count() > 0 || identity.hasAccounts()) {
            // Invalid usage, not a failure: say why and stop, without a stack trace.
            System.err.println("ace: --demo refuses to run on a non-empty database: it already holds items or "
                    + "accounts. Use an empty data folder (ACE_DATA_DIR) or database.");
            System.exit(2);
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            ImportReport report;
            try (InputStream in = DemoLoader.class.getResourceAsStream("/demo/demo-items.json")) {
                if (in == null) {
                    throw new IllegalStateException("demo/demo-items.json is missing from the application");
                }
                report = importer.importDocument(in.readAllBytes(), ImportProgress.NONE);
            }
            List<String> lines = new ArrayList<>();
            lines.add(account("isu.admin", Role.ISU_ADMIN, null, null));
            lines.add(account("isu.officer", Role.ISU_OFFICER, null, null));
            lines.add(account("ncp.kenya", Role.NATIONAL_CONTACT_POINT, "KEN", null));
            lines.add(account("ncp.peru", Role.NATIONAL_CONTACT_POINT, "PER", null));
            lines.add(account("viewer.senegal", Role.STATE_VIEWER, "SEN", null));
            String organisation = directory.organisationByAcronym("WHO").isPresent() ? "WHO"
                    : directory.organisations().get(0).acronym();
            lines.add(account("focal.point", Role.ORGANISATION_FOCAL_POINT, null, organisation));
            lines.add(account("committee", Role.COMMITTEE_MEMBER, null, null));
            lines.add(account("auditor", Role.AUDITOR, null, null));
            String banner = "\n\n  ACE demonstration: " + report.created().size() + " offers and requests loaded.\n"
                    + "  Accounts (passwords are shown only now; ISU accounts set up a second factor at first sign-in):\n\n"
                    + String.join("\n", lines) + "\n";
            log.warn(banner);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String account(String name, Role role, String state, String organisation) {
        String email = name + "@" + domain;
        String password = password();
        identity.create(new NewAccount(email, null, role, state, organisation), password);
        return String.format("    %-28s %-44s %s", role, email, password);
    }

    private String password() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(WORDS.charAt(random.nextInt(WORDS.length())));
        }
        return password.toString();
    }
}
