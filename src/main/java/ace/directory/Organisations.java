package ace.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByAcronymIgnoreCase(String acronym);

    List<Organisation> findAllByOrderByAcronymAsc();

    Optional<Organisation> findFirstByNameIgnoreCase(String name);
}
