package ace.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Programmes {

    private static final String SELECT = """
            select p.id, p.code, p.organisation_id, o.acronym as organisation_acronym, p.name, p.description, p.how_to_ask, p.website
            from directory_programme p join directory_organisation o on o.id = p.organisation_id""";

    private final JdbcClient jdbc;

    Programmes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgrammeRef> all() {
        return jdbc.sql(SELECT + " order by o.acronym, p.name").query(ProgrammeRef.class).list();
    }

    List<ProgrammeRef> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " where p.organisation_id = ? order by p.name").param(organisationId)
            .query(ProgrammeRef.class).list();
    }

    Optional<Long> version(long id) {
        return jdbc.sql("select version from directory_programme where id = ?").param(id).query(Long.class).optional();
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("select count(*) from directory_programme where upper(code) = upper(?) and id <> ?")
            .params(code, exceptId).query(Long.class).single() > 0;
    }

    long insert(long organisationId, ProgrammeDetails d) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into directory_programme (organisation_id, code, name, description, how_to_ask, website)
                values (?, ?, ?, ?, ?, ?)""")
            .params(organisationId, d.code(), d.name().strip(), d.description().strip(), d.howToAsk().strip(),
                    blankToNull(d.website()))
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, ProgrammeDetails d) {
        return jdbc.sql("""
                update directory_programme set code = ?, name = ?, description = ?, how_to_ask = ?, website = ?,
                    version = version + 1
                where id = ? and version = ?""")
            .params(d.code(), d.name().strip(), d.description().strip(), d.howToAsk().strip(),
                    blankToNull(d.website()), id, d.version())
            .update() == 1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Optional<ProgrammeRef> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(ProgrammeRef.class).optional();
    }
}
