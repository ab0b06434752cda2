package ace.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByInviteTokenHash(String hash);

    List<Account> findAllByOrderByEmailAsc();

    List<Account> findByActiveTrueAndStateCodeAndRoleIn(String stateCode, java.util.Collection<Role> roles);

    List<Account> findByActiveTrueAndOrganisationIdAndRoleIn(Long organisationId, java.util.Collection<Role> roles);
}
