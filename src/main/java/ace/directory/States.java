package ace.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface States extends JpaRepository<State, String> {
}
