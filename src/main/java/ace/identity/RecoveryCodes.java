package ace.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByAccountIdAndCodeHash(long accountId, String codeHash);

    List<RecoveryCode> findByAccountId(long accountId);

    void deleteByAccountId(long accountId);
}
